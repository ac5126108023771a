// Exports for slides: the view's SVG is a well-formed 1920×1080 slide named from its title, with labels and legend;
// the PNG decodes at 1920×1080; a tour's steps come as numbered slides in one zip, each with its caption and its
// own step's emphasis (not the previous step's), in 16:9 or 4:3.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { GraphData } from '../../src/lib/graph/schema';
import { fixture, openExplorer, searchAndPick } from './helpers';

const sample = JSON.parse(fixture('sample-graph.json')) as GraphData;
/** A node and its neighbours' labels, from the graph file: what a step on that node puts forward. */
function neighbourhood(id: string): Set<string> {
  const ids = new Set([id]);
  for (const edge of sample.edges) if (edge.source === id || edge.target === id) ids.add(edge.source === id ? edge.target : edge.source);
  return new Set(sample.nodes.filter((node) => ids.has(node.id)).map((node) => node.label));
}

/** Texts of a slide's SVG, with whether each is drawn dimmed. */
async function readSlide(page: import('@playwright/test').Page, text: string) {
  return page.evaluate((source) => {
    const xml = new DOMParser().parseFromString(source, 'application/xml');
    const root = xml.documentElement;
    return {
      error: xml.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(xml.getElementsByTagName('text'), (node) => node.textContent ?? ''),
      bright: Array.from(xml.getElementsByTagName('text'), (node) => (node.getAttribute('opacity') === '0.4' ? null : node.textContent)).filter((t): t is string => !!t),
      dimmed: Array.from(xml.getElementsByTagName('text'), (node) => (node.getAttribute('opacity') === '0.4' ? node.textContent : null)).filter((t): t is string => !!t)
    };
  }, text);
}

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

test('SVG and PNG exports of the current view', async ({ page }, info) => {
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await expect(page.locator('g.labels text', { hasText: 'Satya Nadella' })).toBeVisible();

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('satya-nadella-explorateur-de-concepts.svg');
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  const parsed = await readSlide(page, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect([parsed.width, parsed.height]).toEqual([1920, 1080]);
  expect(parsed.texts).toContain('Satya Nadella · Explorateur de concepts');
  expect(parsed.texts).toContain('Satya Nadella');
  expect(parsed.texts).toContain('Cloud et IA');
  expect(svg).not.toContain('var(--');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Exporter en PNG/ }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('satya-nadella-explorateur-de-concepts.png');
  await pngDownload.saveAs(info.outputPath('view.png')); // to look at
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(pngSize(png)).toEqual([1920, 1080]);
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return [bitmap.width, bitmap.height];
  }, png.toString('base64'));
  expect(decoded).toEqual([1920, 1080]);
});

test('every step of a tour as numbered slides in one zip, with its caption and its own emphasis', async ({ page }, info) => {
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await page.getByRole('button', { name: 'Visite (0)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();
  await page.getByRole('textbox', { name: 'Titre de l’étape 1' }).fill('Le patron de « Microsoft »');
  await page.getByRole('textbox', { name: 'Légende de l’étape 1' }).fill('Satya Nadella dirige Microsoft depuis 2014.');
  await page.getByRole('button', { name: 'Fermer' }).click();
  await searchAndPick(page, 'duperrin', /Bertrand Duperrin/);
  await page.getByRole('button', { name: 'Visite (1)' }).click();
  await page.getByRole('button', { name: 'Ajouter cette vue' }).click();

  const historyBefore = await page.evaluate(() => history.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /chaque étape en SVG/ }).click()]);
  expect(download.suggestedFilename()).toBe('tour-slides.zip');
  const entries = unzipSync(readFileSync((await download.path())!));
  expect(Object.keys(entries).sort()).toEqual(['01-le-patron-de-microsoft.svg', '02-bertrand-duperrin.svg']);
  const [first, second] = await Promise.all(['01-le-patron-de-microsoft.svg', '02-bertrand-duperrin.svg'].map((name) => readSlide(page, strFromU8(entries[name]))));
  expect(first.error).toBe(false);
  expect(first.root).toBe('svg');
  expect([first.width, first.height]).toEqual([1920, 1080]);
  expect(first.texts).toContain('Le patron de « Microsoft »');
  expect(first.texts).toContain('Satya Nadella dirige Microsoft depuis 2014.');
  // Each slide puts forward its own step's node and neighbours, whatever the explorer showed before.
  const nadella = neighbourhood('person:satya-nadella');
  expect(first.bright).toEqual(expect.arrayContaining(['Satya Nadella', 'Microsoft']));
  expect(first.dimmed).not.toEqual([]);
  for (const label of first.dimmed) expect(nadella.has(label), label).toBe(false);
  const duperrin = neighbourhood('person:bertrand-duperrin');
  expect(second.bright).toContain('Bertrand Duperrin');
  expect(second.bright).not.toContain('Satya Nadella');
  for (const label of second.dimmed) expect(duperrin.has(label), label).toBe(false);
  // The explorer is back on the view it showed before the slides were drawn, and Back still goes where the
  // reader was: drawing the slides added no history entry.
  await expect(page).toHaveURL(/duperrin/);
  await page.waitForTimeout(50);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  await page.getByRole('combobox', { name: 'Format des diapositives' }).selectOption('4:3');
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /chaque étape en PNG/ }).click()]);
  const pngs = unzipSync(readFileSync((await pngDownload.path())!));
  expect(Object.keys(pngs).sort()).toEqual(['01-le-patron-de-microsoft.png', '02-bertrand-duperrin.png']);
  expect(Object.values(pngs).map((bytes) => strFromU8(bytes.subarray(1, 4)))).toEqual(['PNG', 'PNG']);
  expect(Object.values(pngs).map((bytes) => pngSize(Buffer.from(bytes)))).toEqual([
    [1440, 1080],
    [1440, 1080]
  ]);
  for (const [name, bytes] of Object.entries(pngs)) writeFileSync(info.outputPath(name), bytes); // to look at
});
