// The explorer as a person uses it: find a name, read its sources, follow links, filter, read articles.
import { expect, test } from '@playwright/test';
import { openExplorer, searchAndPick, sources, watchErrors } from './helpers';

test.describe('explorer', () => {
  let errors: string[];

  test.beforeEach(async ({ page }) => {
    errors = watchErrors(page);
    await openExplorer(page);
  });

  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('draws the graph with its cluster legend', async ({ page }) => {
    await expect(page.locator('svg[data-renderer="svg"] path[data-node]')).toHaveCount(38);
    await expect(page.locator('svg[data-renderer="svg"] line')).not.toHaveCount(0);
    const legend = page.getByRole('group', { name: 'Groupes thématiques' });
    await expect(legend.getByRole('checkbox')).toHaveCount(4);
    await expect(legend).toContainText('Expérience client');
  });

  test('search finds a person and the Sources panel shows the passage with the name highlighted', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Rechercher' }).fill('nadella');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.getByRole('option', { name: /Satya Nadella/ }).click();
    const panel = sources(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
    await expect(panel.locator('mark', { hasText: 'Satya Nadella' }).first()).toBeVisible();
    await expect(panel).toContainText('PDG de Microsoft');
    await expect(page).toHaveURL(/node=person%3Asatya-nadella/);
  });

  test('search ignores accents and case', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Rechercher' }).fill('EXPERIENCE');
    await expect(page.getByRole('option', { name: /expérience client/ })).toBeVisible();
    await expect(page.getByRole('option', { name: /expérience employé/ })).toBeVisible();
  });

  test('follows a neighbour, then opens a link’s evidence', async ({ page }) => {
    await searchAndPick(page, 'nadella', /Satya Nadella/);
    const panel = sources(page);
    await panel.getByRole('button', { name: 'Microsoft', exact: true }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Microsoft');
    await panel.getByRole('button', { name: /PDG de.*Satya Nadella/ }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Satya Nadella — Microsoft');
    await expect(panel).toContainText('affiliation');
    await expect(panel.locator('mark', { hasText: 'Satya Nadella' }).first()).toBeVisible();
    await expect(panel.locator('mark', { hasText: 'Microsoft' }).first()).toBeVisible();
  });

  test('filters by type and by cluster', async ({ page }) => {
    const nodes = page.locator('svg[data-renderer="svg"] path[data-node]');
    await page.getByRole('checkbox', { name: 'Personnes' }).uncheck();
    await expect(nodes).toHaveCount(34);
    await expect(page.locator('path[data-node="person:satya-nadella"]')).toHaveCount(0);
    await page.getByRole('checkbox', { name: /Cloud et IA/ }).uncheck();
    await expect(nodes).toHaveCount(27);
    await expect(page.getByText(/27 nœuds et/)).toBeVisible();
    await page.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
    await expect(nodes).toHaveCount(38);
  });

  test('focus shows one node’s neighbourhood', async ({ page }) => {
    await searchAndPick(page, 'emakina', /Emakina/);
    await sources(page).getByRole('button', { name: 'Voir le voisinage' }).click();
    const nodes = page.locator('svg[data-renderer="svg"] path[data-node]');
    await expect(nodes).toHaveCount(7);
    await page.getByRole('button', { name: '2 sauts' }).click();
    await expect.poll(() => nodes.count()).toBeGreaterThan(7);
    await page.getByRole('button', { name: 'Quitter le focus' }).click();
    await expect(nodes).toHaveCount(38);
  });

  test('opens an article in the reading view, where names are clickable', async ({ page }) => {
    await page.getByRole('region', { name: 'Articles' }).getByRole('button', { name: /Amazon, l’obsession du client/ }).click();
    const panel = sources(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Amazon, l’obsession du client');
    await expect(panel).toContainText('par Marc Éluard');
    await panel.getByRole('button', { name: 'Jeff Bezos' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Jeff Bezos');
    await panel.getByRole('button', { name: 'Lire l’article à cet endroit' }).first().click();
    await expect(panel.locator('.passage.target')).toContainText('Jeff Bezos a bâti Amazon');
  });

  test('clicking a node in the drawing selects it', async ({ page }) => {
    await page.locator('path[data-node="organization:emakina"]').click();
    await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Emakina');
  });

  test('zoom controls move the camera and the viewport goes to the URL', async ({ page }) => {
    await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
    await expect(page).toHaveURL(/view=/);
    const before = new URL(page.url()).searchParams.get('view');
    await page.getByRole('button', { name: 'Tout voir' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBe(before);
  });
});
