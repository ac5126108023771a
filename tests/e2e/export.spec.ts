// Exports for slides: the SVG is well-formed XML with title, labels and legend; the PNG decodes at twice the size.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
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
