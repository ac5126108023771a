// The offline file: `npm run export:html` writes one HTML file that opens from disk and makes no request.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { searchAndPick, sources, watchErrors } from './helpers';

const OUT = resolve('test-results/offline-export/explorer.html');

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npx', ['tsx', 'scripts/export-html.ts', '--out', OUT], {
    stdio: 'pipe',
    env: { ...process.env, GRAPH_FILE: 'tests/e2e/fixtures/sample-graph.json', TOUR_FILE: 'none' }
  });
});

test('dist/explorer.html opened from file:// draws the graph, shows sources and presents the tour, with no request', async ({ page }) => {
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const file = `file://${OUT}`;
  await page.goto(file);
  await expect(page.locator('[data-renderer]')).toBeVisible();
  await expect(page.locator('path[data-node]').first()).toBeVisible();
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
  await expect(sources(page).locator('mark').first()).toBeVisible();

  await page.getByRole('link', { name: 'Présenter' }).click();
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expérience client');

  expect(requests.filter((url) => url !== file && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(errors).toEqual([]);
});
