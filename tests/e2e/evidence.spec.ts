// Evidence as a reader sees it: each item of a link's evidence is one quote, a paragraph's run of sentences
// joined, both ends of the link marked, in the order the graph gives (best first), in the Sources panel and
// in a tour step's caption. The fixture's Nadella–Microsoft link is given a run, as the pipeline now writes.
import { expect, test, type Page } from '@playwright/test';
import type { GraphData } from '../../src/lib/graph/schema';
import { fixture, openExplorer, searchAndPick, serveGraph, sources, watchErrors } from './helpers';

const RUN = ['001_microsoft/0', '001_microsoft/1'];
const JOINED =
  'Satya Nadella, PDG de Microsoft, a fait du cloud le cœur de la stratégie numérique du groupe. Pour Satya Nadella, l’intelligence artificielle doit augmenter la productivité plutôt que remplacer les salariés.';

async function serveWithRun(page: Page) {
  const graph = JSON.parse(fixture('sample-graph.json')) as GraphData;
  const edge = graph.edges.find((e) => e.id === 'affiliation:person:satya-nadella--organization:microsoft')!;
  // A single sentence first, then the run: the panel keeps this order, not the articles' order.
  edge.evidence = ['001_microsoft/2', RUN];
  await serveGraph(page, JSON.stringify(graph));
}

test('a link’s Sources panel shows each evidence item as one quote, best first, both ends marked', async ({ page }) => {
  const errors = watchErrors(page);
  await serveWithRun(page);
  await openExplorer(page);
  await searchAndPick(page, 'nadella', /Satya Nadella/);
  await sources(page).getByRole('button', { name: /^PDG de .*Microsoft$/ }).click();
  const quotes = sources(page).getByRole('blockquote');
  await expect(quotes).toHaveCount(2);
  await expect(quotes.nth(0)).toHaveText('Microsoft et Google se disputent les plateformes de données des grandes entreprises.');
  await expect(quotes.nth(1)).toHaveText(JOINED);
  await expect(quotes.nth(1).locator('mark', { hasText: 'Satya Nadella' })).toHaveCount(2);
  await expect(quotes.nth(1).locator('mark', { hasText: 'Microsoft' })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a tour step’s caption shows a run of sentences as one quote', async ({ page }) => {
  const errors = watchErrors(page);
  await serveWithRun(page);
  const tour = { steps: [{ title: 'Le patron', caption: 'Satya Nadella et Microsoft.', node: 'person:satya-nadella', evidence: [RUN] }] };
  await page.route('**/tour.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(tour) }));
  await page.goto('/present');
  const caption = page.getByRole('region', { name: /Étape 1/ });
  await expect(caption.getByRole('blockquote')).toHaveCount(1);
  await expect(caption.getByRole('blockquote')).toContainText(`« ${JOINED} »`);
  await expect(caption.getByRole('blockquote').locator('mark', { hasText: 'Satya Nadella' })).toHaveCount(2);
  expect(errors).toEqual([]);
});
