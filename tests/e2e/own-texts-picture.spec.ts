// A correction of one's own graph is applied in place: the page does not reload, the corrected node is
// renamed and still shown, and the rest of the picture (where each node is, its colour, the camera) stays
// where it was; undoing it from the list does the same, and a drop moves only what was linked to the node.
import { expect, test, type Page } from '@playwright/test';
import { buildOwnTexts, openExplorer, searchAndPick, sources, watchErrors } from './helpers';

interface Picture {
  camera: string | null;
  nodes: Record<string, { x: number; y: number; fill: string | null; dim: boolean }>;
}

/** Each drawn node's centre on screen and its colour, and the camera's transform. */
function picture(page: Page): Promise<Picture> {
  return page.locator('svg[data-renderer="svg"]').evaluate((svg) => {
    const nodes: Picture['nodes'] = {};
    for (const path of svg.querySelectorAll<SVGPathElement>('path[data-node]')) {
      const box = path.getBoundingClientRect();
      nodes[path.dataset.node!] = { x: box.x + box.width / 2, y: box.y + box.height / 2, fill: path.getAttribute('fill'), dim: path.classList.contains('dim') };
    }
    return { camera: svg.querySelector(':scope > g')!.getAttribute('transform'), nodes };
  });
}

/** The picture says it is busy while the layout moves. */
const settled = (page: Page) => expect(page.getByRole('application', { name: /Graphe des concepts/ })).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });

function expectSamePicture(before: Picture, after: Picture, tolerancePx: number) {
  expect(after.camera).toBe(before.camera);
  expect(Object.keys(after.nodes).sort()).toEqual(Object.keys(before.nodes).sort());
  const moved = Object.entries(after.nodes)
    .map(([id, at]) => ({ id, by: Math.hypot(at.x - before.nodes[id].x, at.y - before.nodes[id].y), fill: at.fill === before.nodes[id].fill }))
    .filter((node) => node.by > tolerancePx || !node.fill);
  expect(moved).toEqual([]);
}

test('a rename, undoing it, and a drop keep the page, the selection and the picture where they were', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExplorer(page);
  const dialog = await buildOwnTexts(page, 'Atelier de Lyon');

  // Set on this page load: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  const panel = sources(page);
  await searchAndPick(page, 'économie circ', /^économie circulaire/);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('économie circulaire');
  const id = new URL(page.url()).searchParams.get('node')!;
  expect(id).toBeTruthy();
  // A camera of the person's own, not the fitted one, which a fresh page would give back.
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await settled(page);
  const before = await picture(page);

  const section = panel.getByRole('region', { name: 'Corriger ce nœud' });
  await section.getByLabel('Nouveau nom de économie circulaire').fill('économie du cercle');
  await section.getByRole('button', { name: 'Renommer' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('économie du cercle', { timeout: 30_000 });
  await expect(page.getByText('Recalcul du graphe avec la correction…')).toHaveCount(0);
  await settled(page);
  expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  expect(new URL(page.url()).searchParams.get('node')).toBe(id);
  await expect(page.locator(`path[data-node="${id}"]`)).toHaveClass(/selected/);
  expectSamePicture(before, await picture(page), 3);

  // Undone from the list: the graph goes back in place too, the node keeps its first name and its place.
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const list = dialog.getByRole('region', { name: 'Corrections de ce graphe' });
  await expect(list.getByRole('listitem')).toHaveText([/^« économie circulaire » renommé « économie du cercle »/]);
  await list.getByRole('button', { name: 'Annuler la correction 1' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(0, { timeout: 30_000 });
  await expect(dialog.getByRole('button', { name: 'Rétablir : « économie circulaire » renommé « économie du cercle »' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('économie circulaire');
  await settled(page);
  expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  expectSamePicture(before, await picture(page), 3);

  // A drop changes the graph: what was linked to the dropped node finds a new place, the rest stays put.
  await searchAndPick(page, 'bureau', /^bureau/);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('bureau');
  await settled(page);
  // With it selected, everything but it and its neighbours is dimmed: those are the nodes it does not touch.
  const beforeDrop = await picture(page);
  const apart = Object.keys(beforeDrop.nodes).filter((node) => beforeDrop.nodes[node].dim);
  expect(apart.length).toBeGreaterThanOrEqual(5);
  await section.getByRole('button', { name: 'Retirer bureau du graphe' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText('bureau', { timeout: 30_000 });
  await settled(page);
  const afterDrop = await picture(page);
  expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  expect(afterDrop.camera).toBe(beforeDrop.camera);
  expect(Object.keys(afterDrop.nodes)).not.toContain('concept:bureau');
  const kept = (picture: Picture) => ({ ...picture, nodes: Object.fromEntries(apart.filter((node) => picture.nodes[node]).map((node) => [node, picture.nodes[node]])) });
  expectSamePicture(kept(beforeDrop), kept(afterDrop), 3);
  expect(errors).toEqual([]);
});
