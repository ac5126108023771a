// The presenter's window: speaker notes from tour.json, following the presentation's step over BroadcastChannel.
import { expect, test } from '@playwright/test';

test('the presenter window shows the current step’s notes and the next title, following the main window', async ({ page, context }) => {
  const tour = {
    steps: [
      { title: 'Ouverture', caption: 'Le graphe entier', notes: 'Saluer la salle.' },
      { title: 'Microsoft', caption: 'Satya Nadella', node: 'person:satya-nadella', notes: 'Parler du cloud.' },
      { title: 'Fin', caption: 'Merci' }
    ]
  };
  await context.route('**/tour.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(tour) }));
  await page.goto('/present');
  await expect(page.getByRole('heading', { name: 'Ouverture' })).toBeVisible();
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Notes de l’orateur' }).click()]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Ouverture');
  await expect(presenter.getByText('Saluer la salle.')).toBeVisible();
  await expect(presenter.getByText('Microsoft')).toBeVisible();

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Microsoft');
  await expect(presenter.getByText('Parler du cloud.')).toBeVisible();
  await expect(presenter.getByText('Étape 2 sur 3')).toBeVisible();
  await expect(presenter.getByText('Fin', { exact: true })).toBeVisible();
});
