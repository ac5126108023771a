// Presentation mode: keyboard steps through the tour, each step has a URL that reopens it, presenter keys (blank
// screen, groups past 9, Escape out of full screen first), projector screenshots.
import { expect, test, type Page } from '@playwright/test';
import type { GraphData } from '../../src/lib/graph/schema';
import { fixture, serveGraph, watchErrors } from './helpers';

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

test('presenter keys: B and . blank the screen, groups past 9 by number and Enter, Escape leaves full screen first', async ({ page }) => {
  const errors = watchErrors(page);
  // Twelve groups: the fixture's four, and eight more of three concepts each (copies of one of its concepts;
  // smaller groups are listed together as "other" and get no key).
  const graph = JSON.parse(fixture('sample-graph.json')) as GraphData;
  const model = graph.nodes.find((node) => node.type === 'concept')!;
  for (let i = 5; i <= 12; i++) {
    const id = `g${i}`;
    const members = [1, 2, 3].map((j) => ({ ...model, id: `concept:groupe-${i}-${j}`, label: `Groupe ${i}, terme ${j}`, cluster: id, x: model.x + 40 * j, y: model.y + 40 * i }));
    graph.nodes.push(...members);
    graph.clusters.push({ id, label: `Groupe ${i}`, color: '#4e79a7', nodes: members.map((node) => node.id) });
  }
  await serveGraph(page, JSON.stringify(graph));
  await openPresentation(page);

  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: 'Écran noir (B pour revenir)' })).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByRole('status', { name: 'Écran noir (B pour revenir)' })).toHaveCount(0);

  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(page.getByRole('status')).toHaveText(/Groupe 12/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groupe 12');
  await page.keyboard.press('g');
  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groupe 10');
  await page.keyboard.press('+');

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(page).toHaveURL(/\/present/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox', { name: 'Rechercher' })).toBeVisible();
  // The zoomed presentation camera stays behind: the explorer opens fitted, every node in view.
  const surface = (await page.getByRole('application', { name: 'Graphe des concepts' }).boundingBox())!;
  await expect
    .poll(() =>
      page.locator('[data-node]').evaluateAll(
        (symbols, box) => symbols.every((symbol) => {
          const rect = symbol.getBoundingClientRect();
          return rect.left >= box.x - 1 && rect.top >= box.y - 1 && rect.right <= box.x + box.width + 1 && rect.bottom <= box.y + box.height + 1;
        }),
        surface
      )
    )
    .toBe(true);
  expect(errors).toEqual([]);
});
