// The explorer on the pipeline's real default graph, as a newcomer uses it: find a person, read the passage,
// follow a stated relation, open an article; and the opening view reads well (documents hidden, the graph
// fitted, cluster names clear of each other). Assertions name labels and roles, never ids, counts or coordinates.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { GraphData } from '../../../src/lib/graph/schema';
import { searchAndPick, sources, watchErrors } from '../helpers';
import { intersects, openRealGraph, REAL_GRAPH_FILE, textBoxes } from './helpers';

test.describe('real default graph', () => {
  let errors: string[];

  test.beforeEach(async ({ page }) => {
    errors = watchErrors(page);
    await openRealGraph(page);
  });

  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('finds Satya Nadella, shows his passage and reaches his relation to Microsoft', async ({ page }) => {
    await searchAndPick(page, 'nadella', /Satya Nadella/);
    const panel = sources(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
    await expect(panel.locator('mark', { hasText: 'Satya Nadella' }).first()).toBeVisible();

    await panel.getByRole('button', { name: /^PDG de .*Microsoft$/ }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Satya Nadella — Microsoft');
    await expect(panel).toContainText('PDG de');
    await expect(panel).toContainText('affiliation');
    await expect(panel.locator('mark', { hasText: 'Microsoft' }).first()).toBeVisible();
  });

  test('opens an article from the document list in the reading view', async ({ page }) => {
    const title = 'La révolution numérique est d’abord humaine';
    await page.getByRole('region', { name: 'Articles' }).getByRole('button', { name: title }).click();
    const panel = sources(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(panel.getByRole('button', { name: /← Retour/ })).toBeVisible();
    await expect(panel.locator('mark').first()).toBeVisible();
  });

  test('hides documents and their mention links until asked, and lists them all the same', async ({ page }) => {
    const documents = page.getByRole('checkbox', { name: 'Documents' });
    const shown = () => page.getByText(/nœuds et \d+ liens affichés/).textContent().then((text) => text!.match(/\d+/g)!.map(Number));
    await expect(documents).not.toBeChecked();
    const [nodes, edges, total] = await shown();
    expect(nodes).toBeLessThan(total);
    await expect(page.getByRole('region', { name: 'Articles' }).getByRole('button')).not.toHaveCount(0);

    await documents.check();
    await expect.poll(async () => (await shown())[0]).toBeGreaterThan(nodes);
    expect((await shown())[1]).toBeGreaterThan(edges);
    await expect(page).toHaveURL(/hide=(&|$)/);
  });

  test('opens fitted to the graph, with cluster names apart from each other and from node labels', async ({ page }) => {
    const picture = page.getByRole('application', { name: 'Graphe des concepts' });
    // The opening layout settles for a moment; the picture says when it is still. A few hundred animation
    // frames: seconds on a loaded machine, so more than the default five.
    await expect(picture).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    const surface = await picture.boundingBox();
    const nodes = await page.locator('svg[data-renderer] path[data-node]').evaluateAll((paths) =>
      paths.map((path) => path.getBoundingClientRect()).map((box) => ({ x0: box.left, y0: box.top, x1: box.right, y1: box.bottom }))
    );
    const union = nodes.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }));
    // Every node on screen, and the graph filling the view along at least one axis.
    expect(union.x0).toBeGreaterThanOrEqual(surface!.x);
    expect(union.y0).toBeGreaterThanOrEqual(surface!.y);
    expect(union.x1).toBeLessThanOrEqual(surface!.x + surface!.width);
    expect(union.y1).toBeLessThanOrEqual(surface!.y + surface!.height);
    expect(Math.max((union.x1 - union.x0) / surface!.width, (union.y1 - union.y0) / surface!.height)).toBeGreaterThan(0.75);

    const { clusters, labels } = await textBoxes(page, { clusters: '.cluster-labels text', labels: '.labels text' });
    expect(clusters.length).toBeGreaterThan(1);
    for (const [i, a] of clusters.entries()) {
      for (const b of clusters.slice(i + 1)) expect(intersects(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
      for (const b of labels) expect(intersects(a, b), `"${a.text}" overlaps node label "${b.text}"`).toBe(false);
    }
  });

  test('lists the topic groups by name and the small ones together as “other”, one box hiding them all', async ({ page }) => {
    const graph = JSON.parse(readFileSync(REAL_GRAPH_FILE, 'utf8')) as GraphData;
    const legend = page.getByRole('group', { name: 'Groupes thématiques' });
    const other = legend.getByRole('checkbox', { name: /^Autres \(petits groupes, sans groupe\)/ });
    await expect(other).toBeChecked();
    const boxes = await legend.getByRole('checkbox').count();
    expect(boxes).toBeLessThan(graph.clusters.length);
    for (const cluster of graph.clusters.filter((item) => item.nodes.length >= 3)) {
      await expect(legend.getByRole('checkbox', { name: new RegExp(`^${cluster.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`) })).toBeChecked();
    }
    const shown = async () => Number((await page.getByText(/nœuds et \d+ liens affichés/).textContent())!.match(/\d+/)![0]);
    const before = await shown();
    await other.uncheck();
    await expect.poll(shown).toBeLessThan(before);
    await other.check();
    await expect.poll(shown).toBe(before);
  });

  test('has no serious or critical axe violation with a person selected', async ({ page }) => {
    test.setTimeout(90_000);
    await searchAndPick(page, 'nadella', /Satya Nadella/);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
