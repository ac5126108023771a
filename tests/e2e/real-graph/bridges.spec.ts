// The Bridges view on the real default graph, as a facilitator uses it: open it from the legend, see the nodes
// that join groups, pick two groups, read the links between them with their sentences, open one, and look at
// only those two groups.
import { expect, test } from '@playwright/test';
import { sources, watchErrors } from '../helpers';
import { openRealGraph } from './helpers';

test('two groups’ bridge links with their evidence, and only those two groups on the map', async ({ page }) => {
  const errors = watchErrors(page);
  await openRealGraph(page);
  const legend = page.getByRole('group', { name: 'Groupes thématiques' });
  await legend.getByRole('button', { name: 'Passerelles entre les groupes' }).click();

  const panel = sources(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Passerelles entre les groupes');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const joining = panel.getByRole('list').first().getByRole('button');
  await expect(joining.first()).toBeVisible();

  const groupA = panel.getByRole('combobox', { name: 'Groupe A' });
  const groupB = panel.getByRole('combobox', { name: 'Groupe B' });
  const [nameA, nameB] = [await groupA.locator('option:checked').textContent(), await groupB.locator('option:checked').textContent()];
  expect(nameA).not.toBe(nameB);
  await expect(panel.getByText(/\d+ liens entre ces groupes/)).toBeVisible();

  // Each listed link comes with a quote where both of its ends are marked.
  const firstLink = panel.getByRole('button', { name: / — / }).first();
  const [source, target] = (await firstLink.textContent())!.split(' — ');
  const quote = panel.locator('blockquote').first();
  await expect(quote.locator('mark').first()).toBeVisible();
  expect((await quote.locator('mark').allTextContents()).length).toBeGreaterThanOrEqual(2);

  await panel.getByRole('button', { name: 'Seulement ces deux groupes' }).click();
  await expect(legend.getByRole('checkbox', { checked: true })).toHaveCount(2);
  for (const name of [nameA!, nameB!]) {
    await expect(legend.getByRole('checkbox', { name: new RegExp(`^${name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`) })).toBeChecked();
  }

  await firstLink.click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${source} — ${target}`);
  await expect(panel.locator('blockquote mark').first()).toBeVisible();

  // Back from the link, the Bridges view is where it was.
  await page.getByRole('application', { name: 'Graphe des concepts' }).press('Escape');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Passerelles entre les groupes');
  await panel.getByRole('button', { name: 'Tous les groupes' }).click();
  await expect(legend.getByRole('checkbox', { checked: false })).toHaveCount(0);
  expect(errors).toEqual([]);
});
