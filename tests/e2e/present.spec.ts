// Presentation mode: keyboard steps through the tour, each step has a URL that reopens it, projector screenshots.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

const caption = (page: Page) => page.getByTestId('tour-caption');
const viewOf = (page: Page) => page.locator('svg[data-renderer] > g').first().getAttribute('transform');

async function openPresentation(page: Page, path = '/present') {
  await page.goto(path);
  await expect(page.locator('[data-renderer]')).toBeVisible();
  await expect(caption(page)).toBeVisible();
}

test('the keyboard steps through the tour, changing caption, view and URL; a step URL reopens it', async ({ page }) => {
  const errors = watchErrors(page);
  await openPresentation(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vue d’ensemble');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const overview = await viewOf(page);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\?step=2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expérience client');
  await expect(caption(page)).toContainText('Concepts clés');
  await expect.poll(() => viewOf(page)).not.toBe(overview);

  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/step=3$/);
  const third = await caption(page).textContent();
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/step=2$/);

  await page.keyboard.press('4'); // the fourth cluster's step
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cloud et IA');

  await page.goto('/present?step=3');
  await expect(caption(page)).toHaveText(third!);
  await page.keyboard.press('End');
  await expect(page.locator('blockquote').first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Rechercher' })).toBeVisible();
  expect(errors).toEqual([]);
});

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`projector screenshots at ${size.width}x${size.height}`, async ({ page }, info) => {
    await page.setViewportSize(size);
    for (const step of [1, 2, 7]) {
      await openPresentation(page, `/present?step=${step}`);
      await page.waitForTimeout(400);
      await page.screenshot({ path: info.outputPath(`present-${size.width}-step${step}.png`) });
    }
  });
}

test('a hand-written tour listing a passage twice shows what is wrong instead of a blank presentation', async ({ page }) => {
  const tour = { steps: [{ caption: 'Deux fois', node: 'person:satya-nadella', evidence: ['001_microsoft/0', '001_microsoft/0'] }] };
  await page.route('**/tour.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(tour) }));
  await openPresentation(page);
  await expect(page.getByText('tour.json: steps[0].evidence[1] "001_microsoft/0" is listed twice')).toBeVisible();
});
