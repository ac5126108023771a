// The embed: URL parameters honoured, no explorer chrome, wheel left to the host, driven by postMessage.
import { expect, test } from '@playwright/test';
import { openExplorer, searchAndPick, watchErrors } from './helpers';

const transformOf = (root: import('@playwright/test').Page | import('@playwright/test').FrameLocator) => root.locator('svg[data-renderer] > g').first();

test('parameters choose node, filters, theme, labels and interactivity; no explorer chrome', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/embed?node=organization%3Aamazon&hide=document,concept&theme=dark&interactive=0');
  await expect(page.locator('[data-embed] [data-renderer]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('path[data-node="organization:amazon"]')).toHaveClass(/selected/);
  await expect(page.locator('path[data-node^="concept:"]')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Sources' })).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.locator('g.labels text').first()).toBeVisible();

  const before = await transformOf(page).getAttribute('transform');
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, -400);
  await page.mouse.down();
  await page.mouse.move(400, 380);
  await page.mouse.up();
  await page.waitForTimeout(300);
  expect(await transformOf(page).getAttribute('transform')).toBe(before);

  await page.goto('/embed?labels=0&zoom=1');
  await expect(page.locator('[data-renderer]')).toBeVisible();
  await expect(page.locator('g.labels text')).toHaveCount(0);
  const fitted = await transformOf(page).getAttribute('transform');
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => transformOf(page).getAttribute('transform')).not.toBe(fitted);
  expect(errors).toEqual([]);
});

test('a host page drives the embed by postMessage', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/embed-example.html');
  const frame = page.frameLocator('#graph');
  await expect(frame.getByTestId('embed-caption')).toContainText('Vue d’ensemble');
  await page.getByRole('button', { name: 'Step 2' }).click();
  await expect(frame.getByTestId('embed-caption')).toContainText('Expérience client');
  await page.getByRole('button', { name: 'Show Amazon' }).click();
  await expect(page.locator('#answer')).toContainText('"ok":true');
  await expect(frame.locator('path[data-node="organization:amazon"]')).toHaveClass(/selected/);
  await expect(frame.getByTestId('embed-caption')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the explorer’s Embed button gives iframe code for the current view', async ({ page }) => {
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await page.getByRole('button', { name: 'Intégrer' }).click();
  const code = page.getByRole('textbox', { name: /Code d’intégration/ });
  await expect(code).toHaveValue(/^<iframe src="http:\/\/localhost:\d+\/embed\?node=person%3Asatya-nadella[^"]*" width="800" height="450"/);
  const src = (await code.inputValue()).match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
  await page.goto(src);
  await expect(page.locator('path[data-node="person:satya-nadella"]')).toHaveClass(/selected/);
});
