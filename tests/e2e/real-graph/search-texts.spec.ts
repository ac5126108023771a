// Finding words of the texts that name no node: "DRH" lists the passage that holds it (Toyota Belgique's),
// highlighted, under its article, and opens it in the reading view; back returns to the list.
import { expect, test } from '@playwright/test';
import { sources, watchErrors } from '../helpers';
import { openRealGraph } from './helpers';

test('"DRH" finds Toyota Belgique’s passage in the texts and opens it in the reading view', async ({ page }) => {
  const errors = watchErrors(page);
  await openRealGraph(page);
  const search = page.getByRole('combobox', { name: 'Rechercher' });
  await search.fill('DRH');
  await expect(page.getByRole('option', { name: /Chercher « DRH » dans les textes \(passages : 1\)/ })).toBeVisible();
  await search.press('Enter');

  const panel = sources(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('« DRH » dans les textes');
  const article = panel.getByRole('region', { name: /il n’y aura pas d’expérience client sans expérience employé/ });
  await expect(article.getByRole('blockquote')).toContainText('chez Toyota Belgique le DRH avait pour titre');
  await expect(article.locator('mark')).toHaveText('DRH');

  await article.getByRole('button', { name: 'Lire l’article à cet endroit' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/il n’y aura pas d’expérience client sans expérience employé/);
  await panel.getByRole('button', { name: /← Retour/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('« DRH » dans les textes');
  expect(errors).toEqual([]);
});
