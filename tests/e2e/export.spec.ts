// Exports for slides: the SVG is well-formed XML with title, labels and legend; the PNG decodes at twice the size;
// a tour's steps come as numbered SVGs in one zip.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { openExplorer, searchAndPick } from './helpers';

test('SVG and PNG exports of the current view', async ({ page }, info) => {
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await expect(page.locator('g.labels text', { hasText: 'Satya Nadella' })).toBeVisible();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('graph.svg');
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    const root = xml.documentElement;
    return {
      error: xml.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(xml.getElementsByTagName('text'), (node) => node.textContent)
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toContain('Satya Nadella · Explorateur de concepts');
  expect(parsed.texts).toContain('Satya Nadella');
  expect(parsed.texts).toContain('Cloud et IA');
  expect(svg).not.toContain('var(--');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Exporter en PNG/ }).click()]);
  await pngDownload.saveAs(info.outputPath('graph@2x.png')); // to look at
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([parsed.width * 2, parsed.height * 2]);
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return [bitmap.width, bitmap.height];
  }, png.toString('base64'));
  expect(decoded).toEqual([parsed.width * 2, parsed.height * 2]);
});

test('every step of a tour as numbered SVG slides in one zip', async ({ page }) => {
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await page.getByRole('button', { name: 'Visite (0)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await page.getByRole('textbox', { name: 'Titre de l’étape 1' }).fill('Le patron de « Microsoft »');
  await page.getByRole('button', { name: 'Fermer' }).click();
  await searchAndPick(page, 'duperrin', /Bertrand Duperrin/);
  await page.getByRole('button', { name: 'Visite (1)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();

  // The pick's own history entry is written a tick later: count from once it is there.
  await expect(page).toHaveURL(/duperrin/);
  const historyBefore = await page.evaluate(() => history.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /chaque étape en SVG/ }).click()]);
  expect(download.suggestedFilename()).toBe('tour-slides.zip');
  const entries = unzipSync(readFileSync((await download.path())!));
  expect(Object.keys(entries).sort()).toEqual(['01-le-patron-de-microsoft.svg', '02-bertrand-duperrin.svg']);
  const first = await page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: xml.getElementsByTagName('parsererror').length > 0,
      root: xml.documentElement.localName,
      texts: Array.from(xml.getElementsByTagName('text'), (node) => node.textContent)
    };
  }, strFromU8(entries['01-le-patron-de-microsoft.svg']));
  expect(first.error).toBe(false);
  expect(first.root).toBe('svg');
  expect(first.texts).toContain('Le patron de « Microsoft » · Explorateur de concepts');
  expect(first.texts).toContain('Satya Nadella');
  // The explorer is back on the view it showed before the slides were drawn, and Back still goes where the
  // reader was: drawing the slides added no history entry.
  await expect(page).toHaveURL(/duperrin/);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /chaque étape en PNG/ }).click()]);
  const pngs = unzipSync(readFileSync((await pngDownload.path())!));
  expect(Object.keys(pngs).sort()).toEqual(['01-le-patron-de-microsoft.png', '02-bertrand-duperrin.png']);
  expect(Object.values(pngs).map((bytes) => strFromU8(bytes.subarray(1, 4)))).toEqual(['PNG', 'PNG']);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  // Back leaves Duperrin for Nadella, the reader's previous view, not for a step the slides showed.
  await page.getByRole('button', { name: 'Fermer' }).click();
  await page.goBack();
  await expect(page).toHaveURL(/nadella/);
});
