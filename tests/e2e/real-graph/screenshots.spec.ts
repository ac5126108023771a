// Screenshots of the real default graph for people to look at (no pixel assertions; each view is checked to be the one named before it is taken): both themes, both
// languages, a wide and a laptop screen; overview, a person selected, a link's evidence, the reading view.
import { expect, test } from '@playwright/test';
import { searchAndPick, sources } from '../helpers';
import { openRealGraph } from './helpers';

const VARIANTS = [
  { theme: 'light', locale: 'fr-FR', viewport: { width: 1440, height: 900 } },
  { theme: 'dark', locale: 'en-GB', viewport: { width: 1440, height: 900 } },
  { theme: 'dark', locale: 'fr-FR', viewport: { width: 1280, height: 720 } },
  { theme: 'light', locale: 'en-GB', viewport: { width: 1280, height: 720 } }
] as const;

for (const { theme, locale, viewport } of VARIANTS) {
  test.describe(`${theme} ${locale} ${viewport.width}`, () => {
    test.use({ locale, colorScheme: theme, viewport });

    test('views', async ({ page }, info) => {
      const shot = (name: string) => page.screenshot({ path: info.outputPath(`real-${theme}-${locale}-${viewport.width}-${name}.png`) });
      await openRealGraph(page);
      await shot('1-overview');
      await searchAndPick(page, 'nadella', /Satya Nadella/);
      await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
      await shot('2-node');
      await sources(page).getByRole('button', { name: /^PDG de/ }).click();
      await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella — Microsoft');
      await shot('3-edge');
      await page.getByRole('region', { name: /Articles/ }).getByRole('button', { name: /d’abord humaine/ }).click();
      await expect(sources(page).locator('mark').first()).toBeVisible();
      await shot('4-reading');
    });
  });
}
