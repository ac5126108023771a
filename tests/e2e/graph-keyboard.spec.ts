// The keyboard on the graph itself: with a node chosen, the arrows walk its links, Enter opens the sources,
// Escape retraces the walk.
import { expect, test, type Page } from '@playwright/test';
import { generateExplorerGraph } from '../../scripts/lib/generate-explorer-graph';
import { neighbourInDirection } from '../../src/lib/explorer/graph/keyboard-nav';
import { countedKeyboard, openExplorer, serveGraph, sources } from './helpers';

const graph = (page: Page) => page.getByRole('application', { name: 'Graphe des concepts' });
const current = (page: Page) => page.getByRole('status').filter({ hasText: 'Nœud courant' });

test('from the search box to a neighbour’s evidence through the graph in under 10 key presses', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('combobox', { name: 'Rechercher' }).focus();
  await page.keyboard.type('nadella');
  const keys = countedKeyboard(page);
  const press = keys.press;
  const panel = sources(page);
  await press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: 'Satya Nadella' })).toBeFocused();
  await press('Tab');
  await press('Tab');
  await expect(panel.getByRole('button', { name: 'Parcourir ses voisins sur le graphe' })).toBeFocused();
  await press('Enter');
  await expect(graph(page)).toBeFocused();
  await expect(current(page)).toContainText('Satya Nadella');
  // The fixture's layout is seeded: Microsoft lies to the right of Satya Nadella.
  await press('ArrowRight');
  await expect(current(page)).toContainText('Microsoft');
  await press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: 'Microsoft' })).toBeFocused();
  await expect(panel.getByRole('heading', { level: 3, name: 'Passages' })).toBeVisible();
  expect(keys.count).toBeLessThan(10);
});

test('Escape retraces the walk, then leaves the node', async ({ page }) => {
  await openExplorer(page, '/?node=person%3Asatya-nadella');
  await graph(page).focus();
  await expect(current(page)).toContainText('Satya Nadella');
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).not.toContainText('Satya Nadella');
  await page.keyboard.press('Escape');
  await expect(current(page)).toContainText('Satya Nadella');
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
  await page.keyboard.press('Escape');
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Sources');
});

test('on the canvas of a large graph the arrows walk the same way', async ({ page }) => {
  // Above 1,500 nodes the picture opens stopped, on the file's own positions: the test can tell where → leads.
  const large = generateExplorerGraph(1600);
  const byId = new Map(large.nodes.map((node) => [node.id, node]));
  const shown = (id: string) => byId.get(id)!.type !== 'document';
  const walks = large.nodes.filter((node) => node.type !== 'document').flatMap((node) => {
    const around = large.edges
      .filter((edge) => edge.source === node.id || edge.target === node.id)
      .map((edge) => (edge.source === node.id ? edge.target : edge.source))
      .filter(shown)
      .map((id) => ({ id, x: byId.get(id)!.x!, y: byId.get(id)!.y! }));
    const next = neighbourInDirection({ x: node.x!, y: node.y! }, around, 'ArrowRight');
    return next ? [{ from: node, to: byId.get(next)! }] : [];
  });
  const { from, to } = walks[0];
  await serveGraph(page, JSON.stringify(large));
  await openExplorer(page, `/?node=${encodeURIComponent(from.id)}`);
  await expect(page.locator('[data-renderer="canvas"]')).toBeVisible();
  await graph(page).focus();
  await expect(current(page)).toContainText(from.label);
  await page.keyboard.press('ArrowRight');
  await expect(current(page)).toContainText(to.label);
  await page.keyboard.press('Enter');
  await expect(sources(page).getByRole('heading', { level: 2, name: to.label, exact: true })).toBeFocused();
  await graph(page).focus();
  await page.keyboard.press('Escape');
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText(from.label);
});
