// Screenshots of every view in both themes and languages, for people to look at (no pixel assertions; each view is checked to be the one named before it is taken).
import { expect, test } from '@playwright/test';
import { openExplorer, searchAndPick, sources } from './helpers';

const VARIANTS = [
  { theme: 'light', locale: 'fr-FR' },
  { theme: 'dark', locale: 'en-GB' },
  { theme: 'dark', locale: 'fr-FR' },
  { theme: 'light', locale: 'en-GB' }
] as const;

for (const { theme, locale } of VARIANTS) {
  test.describe(`${theme} ${locale}`, () => {
    test.use({ locale, colorScheme: theme });

    test('views', async ({ page }, info) => {
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`${theme}-${locale}-${name}.png`) });
      await openExplorer(page);
      await shot('1-overview');
      await searchAndPick(page, 'nadella', /Satya Nadella/);
      await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
      await shot('2-node');
      await sources(page).getByRole('button', { name: /PDG de/ }).click();
      await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella — Microsoft');
      await shot('3-edge');
      await page.getByRole('region', { name: /Articles/ }).getByRole('button', { name: /Le travail à l’ère du numérique/ }).click();
      await expect(sources(page).locator('mark').first()).toBeVisible();
      await shot('4-reading');
      await page.getByRole('combobox').first().fill('expe');
      await expect(page.getByRole('listbox')).toBeVisible();
      await shot('5-search');
    });
  });
}
