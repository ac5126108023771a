// Shared steps for the explorer's e2e tests: open the site, fail on console errors, serve fixture graphs.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { ownTextFiles } from '../fixtures/own-texts';

export function fixture(name: string): string {
  return readFileSync(`tests/e2e/fixtures/${name}`, 'utf8');
}

/** Collects console errors and uncaught exceptions; tests assert the list is empty at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function serveGraph(page: Page, body: string, status = 200): Promise<void> {
  await page.route('**/graph.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
}

export async function openExplorer(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('application', { name: /Graphe des concepts|Concept graph/ })).toBeVisible();
  await expect(page.locator('[data-renderer] ')).toBeVisible();
}

export async function searchAndPick(page: Page, query: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: /Rechercher|Search/ }).fill(query);
  await page.getByRole('option', { name: option }).click();
}

export const sources = (page: Page) => page.getByRole('region', { name: 'Sources' });

/** Picks files in the open "Vos textes" dialog, as its file input would be given them. */
export async function pickFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Vos textes' });
  await dialog.getByLabel('Choisir des fichiers').setInputFiles(files.map(({ name, bytes }) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })));
}

/**
 * Builds a graph of the tests' own texts (.txt, .pdf, .docx) through "Vos textes", as a person would, and waits
 * for it to open on `opensWith` in its list of articles. Returns the dialog, which may still be open.
 */
export async function buildOwnTexts(page: Page, opensWith: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Vos textes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vos textes' });
  await pickFiles(page, await ownTextFiles());
  await dialog.getByRole('button', { name: 'Construire le graphe (3 textes)' }).click();
  await expect(page.getByRole('region', { name: 'Articles' })).toContainText(opensWith, { timeout: 30_000 });
  return dialog;
}

/** Presses keys as a person would and counts them, for the "in under N key presses" paths. */
export function countedKeyboard(page: Page): { press: (key: string) => Promise<void>; readonly count: number } {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    get count() {
      return count;
    }
  };
}
