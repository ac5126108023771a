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

test('two tabs: a draft saved in one shows in the other, and neither overwrites the other’s steps', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openExplorer(first);
  await openExplorer(second);

  await searchAndPick(first, 'nadella', /Satya Nadella/);
  await first.getByRole('button', { name: 'Visite (0)' }).click();
  for (const _ of [1, 2, 3]) await first.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await first.getByRole('textbox', { name: 'Légende de l’étape 3' }).fill('Trois');

  // The second tab, opened before those steps existed, follows them instead of keeping its empty draft.
  await expect(second.getByRole('button', { name: 'Visite (3)' })).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'Brouillon : voir la visite' })).toBeVisible();
  await second.getByRole('button', { name: 'Visite (3)' }).click();
  await expect(second.getByText('Le brouillon a été modifié dans un autre onglet')).toBeVisible();
  await expect(second.getByRole('textbox', { name: 'Légende de l’étape 3' })).toHaveValue('Trois');
  await second.getByRole('button', { name: 'Ajouter cette vue' }).click();

  await expect(first.getByRole('textbox', { name: 'Légende de l’étape 4' })).toBeVisible();
  await expect(first.getByRole('textbox', { name: 'Légende de l’étape 3' })).toHaveValue('Trois');
});

test('a damaged saved draft opens the explorer with a notice naming what was left out', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('explorer.tourDraft', JSON.stringify([1, 1, { caption: 'Le patron', node: 'person:satya-nadella' }, { caption: 'x', node: 'person:disparu' }]));
  });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Visite (1)' }).click();
  await expect(page.getByText('Brouillon enregistré : 3 élément(s) écarté(s)')).toBeVisible();
  await expect(page.getByText('tour draft: step 4.node names unknown node "person:disparu"')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Légende de l’étape 1' })).toHaveValue('Le patron');
  await page.getByRole('button', { name: 'Compris' }).click();
  await page.reload();
  // Saved back without the bad entries: no notice the second time.
  await expect(page.getByRole('button', { name: 'Visite (1)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Brouillon' })).toHaveCount(0);
});

test('when the browser refuses to store the draft, the editor says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Visite (0)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await expect(page.getByRole('alert')).toHaveText(/refuse d’enregistrer le brouillon[\s\S]*Téléchargez tour\.json/);
});
