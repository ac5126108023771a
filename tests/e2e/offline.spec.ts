// The offline file: `npm run export:html` writes one HTML file that opens from disk and makes no request.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { searchAndPick, sources, watchErrors } from './helpers';

const OUT = resolve('test-results/offline-export/explorer.html');
const GRAPH = resolve('test-results/offline-export/graph.json');
/** Text that opens every HTML script-data state the inlined data could fall into: comment, nested script, end. */
const HOSTILE = ' <!--<script> et </script> puis <!-- fin';

test.beforeAll(() => {
  test.setTimeout(180_000);
  // The sample graph, its first passage ending in text that blanked the file when the data was inlined raw.
  const graph = JSON.parse(readFileSync('tests/e2e/fixtures/sample-graph.json', 'utf8'));
  graph.passages.find((passage: { id: string }) => passage.id === '001_microsoft/0').text += HOSTILE;
  mkdirSync(resolve('test-results/offline-export'), { recursive: true });
  writeFileSync(GRAPH, JSON.stringify(graph));
  execFileSync('npx', ['tsx', 'scripts/export-html.ts', '--out', OUT], {
    stdio: 'pipe',
    env: { ...process.env, GRAPH_FILE: GRAPH, TOUR_FILE: '' }
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
  await expect(sources(page).getByText(HOSTILE.trim(), { exact: false }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Présenter' }).click();
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Expérience client');

  expect(requests.filter((url) => url !== file && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(errors).toEqual([]);
});
