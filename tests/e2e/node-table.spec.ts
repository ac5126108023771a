// The node list: the visible nodes as a sortable table beside the picture, the screen reader's way in.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openExplorer, sources } from './helpers';

test('the node list sorts, follows the filters and opens a node’s sources', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Liste des nœuds' }).click();
  const table = page.getByRole('table', { name: /Nœuds visibles/ });
  await expect(table).toBeVisible();
  const mentions = table.getByRole('columnheader', { name: 'Mentions' });
  await expect(table.getByRole('columnheader', { name: 'Importance' })).toHaveAttribute('aria-sort', 'descending');
  await mentions.getByRole('button').click();
  await expect(mentions).toHaveAttribute('aria-sort', 'descending');
  await mentions.getByRole('button').click();
  await expect(mentions).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('columnheader', { name: 'Nom' }).getByRole('button').click();
  await expect(table.getByRole('columnheader', { name: 'Nom' })).toHaveAttribute('aria-sort', 'ascending');

  await expect(table.getByRole('rowheader', { name: 'Amazon', exact: true })).toBeVisible();
  const rowsBefore = await table.getByRole('row').count();
  await page.getByRole('checkbox', { name: 'Organisations' }).uncheck();
  await expect(table.getByRole('rowheader', { name: 'Amazon', exact: true })).toHaveCount(0);
  await expect.poll(() => table.getByRole('row').count()).toBeLessThan(rowsBefore);
  await page.getByRole('checkbox', { name: 'Organisations' }).check();

  await table.getByRole('button', { name: 'Satya Nadella', exact: true }).click();
  await expect(sources(page).getByRole('heading', { level: 2, name: 'Satya Nadella' })).toBeFocused();

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
