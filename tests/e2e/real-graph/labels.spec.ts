// Labels on the real default graph as a newcomer first sees them: the largest nodes named at first sight on a
// laptop and a desktop screen, no text drawn over a node, the selection's neighbours named, cluster names gone
// once zoomed in, and a label density control. Node symbols are found by their `data-node` id: the picture's
// geometry is what is under test, and nothing else names a symbol's place on screen.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { shortClusterName } from '../../../src/lib/explorer/graph/cluster-labels';
import type { GraphData } from '../../../src/lib/graph/schema';
import { searchAndPick, sources, watchErrors } from '../helpers';
import { intersects, openRealGraph, REAL_GRAPH_FILE } from './helpers';

const graph = JSON.parse(readFileSync(REAL_GRAPH_FILE, 'utf8')) as GraphData;
// Documents are hidden at opening.
const LARGEST = graph.nodes
  .filter((node) => node.type !== 'document')
  .sort((a, b) => b.importance - a.importance)
  .slice(0, 15);

const picture = (page: Page) => page.getByRole('application', { name: /Graphe des concepts|Concept graph/ });

/** Every text drawn on the picture and every node symbol, read in one go so both come from the same frame. */
async function drawn(page: Page) {
  return picture(page).evaluate((surface) => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { x0: rect.left, y0: rect.top, x1: rect.right, y1: rect.bottom };
    };
    return {
      texts: [...surface.querySelectorAll('svg text')].map((text) => ({ text: text.textContent ?? '', ...box(text) })),
      symbols: [...surface.querySelectorAll('[data-node]')].map((symbol) => ({ id: symbol.getAttribute('data-node')!, ...box(symbol) }))
    };
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 }
]) {
  test.describe(`labels at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('names the 15 largest nodes at first sight and draws no text over a node', async ({ page }) => {
      const errors = watchErrors(page);
      await openRealGraph(page);
      for (const node of LARGEST) await expect(picture(page).getByText(node.label, { exact: true }).first(), node.label).toBeVisible();
      const { texts, symbols } = await drawn(page);
      expect(texts.length).toBeGreaterThan(LARGEST.length);
      const covering = texts.flatMap((text) => symbols.filter((symbol) => intersects(text, symbol)).map((symbol) => `"${text.text}" over ${symbol.id}`));
      expect(covering).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('labels follow what one looks at', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('names every neighbour of the selection', async ({ page }) => {
    await openRealGraph(page);
    await searchAndPick(page, 'google', /^Google/);
    await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Google');
    const neighbours = graph.edges
      .filter((edge) => edge.kind !== 'mention' && (edge.source === 'organization:google' || edge.target === 'organization:google'))
      .map((edge) => graph.nodes.find((node) => node.id === (edge.source === 'organization:google' ? edge.target : edge.source))!)
      .filter((node) => node.type !== 'document');
    expect(neighbours.length).toBeGreaterThan(3);
    for (const node of neighbours) await expect(picture(page).getByText(node.label, { exact: true }).first(), node.label).toBeVisible();
  });

  test('cluster names fade out as one zooms in', async ({ page }) => {
    await openRealGraph(page);
    // Cluster names as the map cuts them, in their own layer (a name is often also its concept's node label).
    const clusterNames = new Set(graph.clusters.map((cluster) => shortClusterName(cluster.label)));
    const shownNames = async () =>
      (await picture(page).locator('.cluster-labels text').allTextContents()).filter((text) => clusterNames.has(text)).length;
    await expect.poll(shownNames).toBeGreaterThan(0);
    await picture(page).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(shownNames).toBe(0);
  });

  test('the label density control names fewer or more nodes, and is remembered', async ({ page }) => {
    await openRealGraph(page);
    const count = async () => (await drawn(page)).texts.length;
    const density = page.getByRole('combobox', { name: 'Densité des étiquettes' });
    await expect(density).toHaveValue('medium');
    const normal = await count();
    await density.selectOption({ label: 'Étiquettes : peu' });
    await expect.poll(count).toBeLessThan(normal);
    await density.selectOption({ label: 'Étiquettes : beaucoup' });
    await expect.poll(count).toBeGreaterThan(normal);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Densité des étiquettes' })).toHaveValue('high');
  });
});
