// Preparing a tour in the explorer: views become steps, captions are edited, steps reordered, tour.json downloaded.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openExplorer, searchAndPick } from './helpers';

test('add views as steps, caption and reorder them, download tour.json, present it', async ({ page }) => {
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await page.getByRole('button', { name: 'Visite (0)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await page.getByRole('textbox', { name: 'Légende de l’étape 1' }).fill('Le patron de « Microsoft »');
  await page.getByRole('button', { name: 'Fermer' }).click();

  await searchAndPick(page, 'duperrin', /Bertrand Duperrin/);
  await page.getByRole('button', { name: 'Visite (1)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await page.getByRole('textbox', { name: 'Légende de l’étape 2' }).fill('Un auteur');
  await page.getByRole('button', { name: 'Monter l’étape 2' }).click();
  await expect(page.getByRole('textbox', { name: 'Légende de l’étape 1' })).toHaveValue('Un auteur');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger tour.json' }).click()]);
  const tour = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(tour.steps.map((step: { node: string; caption: string }) => [step.node, step.caption])).toEqual([
    ['person:bertrand-duperrin', 'Un auteur'],
    ['person:satya-nadella', 'Le patron de « Microsoft »']
  ]);

  await page.getByRole('link', { name: 'Présenter ce brouillon' }).click();
  await expect(page.getByTestId('tour-caption')).toHaveText('Un auteur');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\?draft=1&step=2$/);
  await expect(page.getByTestId('tour-caption')).toHaveText('Le patron de « Microsoft »');
  await page.reload();
  await expect(page.getByTestId('tour-caption')).toHaveText('Le patron de « Microsoft »');
});
