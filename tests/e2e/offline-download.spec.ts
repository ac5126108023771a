// The explorer's Download menu saves the offline single file with the graph on screen in it, built-in or of the
// user's own texts; the file opened from disk shows that graph and its passages and requests nothing.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { OWN_TEXTS } from '../fixtures/own-texts';
import { buildOwnTexts, openExplorer, searchAndPick, sources, watchErrors } from './helpers';

/** Downloads the offline file from the explorer, watching that it asks the site for nothing but its own files. */
async function downloadOffline(page: Page, baseURL: string): Promise<string> {
  const requests: string[] = [];
  const watch = (request: { url(): string }) => requests.push(request.url());
  page.context().on('request', watch);
  await page.getByText('Télécharger', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Explorateur hors ligne (.html)' }).click()]);
  page.context().off('request', watch);
  expect(file.suggestedFilename()).toBe('explorer.html');
  expect(requests.some((url) => url.endsWith('/explorer-offline.txt'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('blob:'))).toEqual([]);
  // Saved under its own name: the browser reads a file:// page as HTML by its extension.
  const path = test.info().outputPath('explorer.html');
  await file.saveAs(path);
  return path;
}

/** Opens the downloaded file from file:// in a context of its own, where every request is recorded. */
async function openFile(browser: Browser, path: string) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const file = `file://${path}`;
  await page.goto(file);
  await expect(page.locator('[data-renderer]')).toBeVisible();
  await expect(page.locator('path[data-node]').first()).toBeVisible();
  return {
    page,
    done: async () => {
      expect(requests.filter((url) => url !== file && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    }
  };
}

/** The site's tour, with markup in its caption: the file must show it as text. */
const TOUR = { steps: [{ title: 'Le patron', caption: 'Satya Nadella </script><script>alert(1)</script> dirige Microsoft', node: 'person:satya-nadella' }] };

test('the built-in graph and the site’s tour download as an offline file that shows them from disk, with no request', async ({ page, browser, baseURL }) => {
  const errors = watchErrors(page);
  // The e2e site is built without a tour file: this one stands in for a site that ships one.
  await page.route('**/tour.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(TOUR) }));
  await openExplorer(page);
  const path = await downloadOffline(page, baseURL!);
  expect(errors).toEqual([]);
  // The template has no CSP: the site serves it as text, never as a page of its own origin.
  expect((await page.request.get('/explorer-offline.txt')).headers()['content-type']).toMatch(/^text\/plain/);

  const offline = await openFile(browser, path);
  await searchAndPick(offline.page, 'nadella', /Satya Nadella/);
  await expect(sources(offline.page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
  await expect(sources(offline.page).locator('mark').first()).toBeVisible();
  // The file cannot make another of itself: it has no site to take the template from.
  await offline.page.getByText('Télécharger', { exact: true }).click();
  await expect(offline.page.getByRole('button', { name: 'graph.json' })).toBeVisible();
  await expect(offline.page.getByRole('button', { name: 'Explorateur hors ligne (.html)' })).toHaveCount(0);
  await offline.page.getByRole('link', { name: 'Présenter' }).click();
  await expect(offline.page.getByTestId('tour-caption')).toContainText(TOUR.steps[0].caption);
  await offline.done();
});

test('a graph of the user’s own texts downloads as an offline file carrying their passages, with no request', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openExplorer(page);
  const { txt, pdf, docx } = OWN_TEXTS;
  const dialog = await buildOwnTexts(page, pdf.title);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Fermer' }).click();
  const path = await downloadOffline(page, baseURL!);
  expect(errors).toEqual([]);

  const offline = await openFile(browser, path);
  await searchAndPick(offline.page, 'économie circ', /économie circulaire/);
  await expect(sources(offline.page).getByRole('heading', { level: 2 })).toHaveText('économie circulaire');
  for (const title of [txt.title, pdf.title, docx.title]) {
    await expect(sources(offline.page).getByRole('region', { name: title }).locator('mark').first()).toHaveText(/économie circulaire/i);
  }
  // The site's tour belongs to the built-in graph: this file makes its own from the graph it carries.
  await offline.page.getByRole('link', { name: 'Présenter' }).click();
  await expect(offline.page.getByTestId('tour-caption')).toContainText('tirés de 3 articles');
  await offline.done();
});

test('a missing template is said in the menu, and nothing is saved', async ({ page }) => {
  await page.route('**/explorer-offline.txt', (route) => route.fulfill({ status: 404, body: '' }));
  await openExplorer(page);
  let saved = false;
  page.on('download', () => (saved = true));
  await page.getByText('Télécharger', { exact: true }).click();
  await page.getByRole('button', { name: 'Explorateur hors ligne (.html)' }).click();
  await expect(page.getByRole('alert')).toHaveText('L’explorateur hors ligne n’a pas pu être préparé : explorer-offline.txt: HTTP 404');
  expect(saved).toBe(false);
});
