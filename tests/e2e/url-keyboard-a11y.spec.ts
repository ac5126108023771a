// Shareable URLs, history, a keyboard-only path, accessibility checks, languages and themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { countedKeyboard, openExplorer, searchAndPick, sources, watchErrors } from './helpers';

test('reloading the URL reopens the same view, and back steps through selections', async ({ page }) => {
  const errors = watchErrors(page);
  await openExplorer(page);
  await searchAndPick(page, 'duperrin', /Bertrand Duperrin/);
  await page.getByRole('checkbox', { name: 'Organisations' }).uncheck();
  await sources(page).getByRole('button', { name: 'manifeste', exact: true }).click();
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('manifeste');
  await expect(page).toHaveURL(/hide=[^&]*organization/);
  // The address follows the selection a moment later: reload only once it names what is shown.
  await expect(page).toHaveURL(/manifeste/);

  await page.reload();
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('manifeste');
  await expect(page.getByRole('checkbox', { name: 'Organisations' })).not.toBeChecked();

  await page.goBack();
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Bertrand Duperrin');
  await page.goForward();
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('manifeste');
  expect(errors).toEqual([]);
});

test('a shared link with a link selected and an article open works on first load', async ({ page }) => {
  await openExplorer(page, '/?edge=affiliation%3Aperson%3Ajeff-bezos--organization%3Aamazon&hideClusters=c3');
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Jeff Bezos — Amazon');
  await expect(page.getByRole('checkbox', { name: /Cloud et IA/ })).not.toBeChecked();
});

test('keyboard only: search, pick, read, follow a neighbour, move the camera', async ({ page }) => {
  await openExplorer(page);
  // The skip links come first, then the search.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au graphe' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller aux sources' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Rechercher' })).toBeFocused();
  await page.keyboard.type('helene');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = sources(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Hélène Dubois');
  const neighbour = panel.getByRole('button', { name: 'Orange', exact: true });
  await neighbour.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Orange');

  const graph = page.getByRole('application', { name: 'Graphe des concepts' });
  await graph.focus();
  // With a node chosen the arrows walk its links (graph-keyboard.spec.ts); Escape leaves it, and they pan.
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sources');
  const viewBefore = new URL(page.url()).searchParams.get('view');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('+');
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBe(viewBefore);
});

test('skip links lead to the graph and to the sources', async ({ page }) => {
  await openExplorer(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: 'Graphe des concepts' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('application', { name: 'Graphe des concepts' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(sources(page)).toBeFocused();
});

test('from the search to a neighbour’s evidence in under 10 key presses, focus following what opens', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('combobox', { name: 'Rechercher' }).focus();
  await page.keyboard.type('nadella');
  const keys = countedKeyboard(page);
  const press = keys.press;
  const panel = sources(page);
  await press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: 'Satya Nadella' })).toBeFocused();
  await press('Tab');
  await expect(panel.getByRole('button', { name: 'Aller aux voisins' })).toBeFocused();
  await press('Enter');
  await expect(panel.getByRole('heading', { level: 3, name: 'Voisins' })).toBeFocused();
  await press('Tab');
  await press('Tab');
  await expect(panel.getByRole('button', { name: /preuves du lien avec/ }).first()).toBeFocused();
  await press('Enter');
  // The activated relation opened the link's evidence, and the keyboard is on it, not back at the page's start.
  await expect(panel.getByRole('heading', { level: 2, name: /^Satya Nadella — / })).toBeFocused();
  await expect(panel.getByRole('blockquote').first()).toBeVisible();
  expect(keys.count).toBeLessThan(10);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await openExplorer(page);
    await searchAndPick(page, 'expérience client', /expérience client/);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.getByRole('region', { name: 'Articles' }).getByRole('button', { name: /Il n’y aura pas/ }).click();
    const reading = await new AxeBuilder({ page }).analyze();
    expect(reading.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('follows the browser, switches to French and remembers it', async ({ page }) => {
    await openExplorer(page);
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('Language').selectOption('fr');
    await expect(page.getByRole('combobox', { name: 'Rechercher' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Rechercher' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test('the theme switch applies and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openExplorer(page);
  const toggle = page.getByRole('button', { name: /Sombre/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
