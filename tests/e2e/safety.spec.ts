// Untrusted graph files: error screens for broken, newer or missing files; corpus text never runs as HTML.
import { expect, test } from '@playwright/test';
import { fixture, openExplorer, searchAndPick, serveGraph, sources, watchErrors } from './helpers';

/** The sample graph with one fault the views would meet as a duplicated key or a self-loop. */
function sampleWith(breakIt: (graph: { edges: { id: string; source: string; target: string }[]; clusters: { id: string }[] }) => void): string {
  const graph = JSON.parse(fixture('sample-graph.json'));
  breakIt(graph);
  return JSON.stringify(graph);
}

const cases = [
  { name: 'a malformed graph file', body: fixture('broken-graph.json'), status: 200, says: /nodes\[3\]\.x/ },
  { name: 'a graph with a duplicated edge', body: sampleWith((g) => g.edges.push(g.edges[0])), status: 200, says: /edges\[\d+\]\.id ".+" is listed twice/ },
  { name: 'a graph with a duplicated cluster', body: sampleWith((g) => g.clusters.push(g.clusters[0])), status: 200, says: /clusters\[\d+\]\.id ".+" is listed twice/ },
  { name: 'a graph with a self-loop', body: sampleWith((g) => (g.edges[0].target = g.edges[0].source)), status: 200, says: /edges\[0\] links node ".+" to itself/ },
  { name: 'a graph from a newer schema', body: fixture('newer-graph.json'), status: 200, says: /schemaVersion 2 is newer/ },
  { name: 'a missing graph file', body: 'Not found', status: 404, says: /HTTP 404/ },
  { name: 'a truncated graph file', body: fixture('sample-graph.json').slice(0, 500), status: 200, says: /pas du JSON valide/ }
];

for (const { name, body, status, says } of cases) {
  test(`${name} shows an error screen saying what is wrong and how to fix it`, async ({ page }) => {
    await serveGraph(page, body, status);
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Le graphe ne peut pas être affiché' })).toBeVisible();
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('npm run graph');
  });
}

test('corpus text holding <script> and <img onerror> is shown literally and runs nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await serveGraph(page, fixture('xss-graph.json'));
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('script');
  await page.getByRole('option', { name: /<script>/ }).click();
  const panel = sources(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('<script>window.__pwned=1</script>');
  await expect(panel.locator('mark', { hasText: '<script>window.__pwned=1</script>' }).first()).toBeVisible();

  await page.getByRole('region', { name: 'Articles' }).getByRole('button', { name: /Balises <script>/ }).click();
  await expect(panel).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(panel.getByRole('link')).toHaveCount(0);
  await expect(page.locator('main img, section img, aside img')).toHaveCount(0);
  await expect(page.locator('body script:not([type]):not([src])').filter({ hasText: '__pwned' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('the built page carries a Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
});

test('the preview server (npm start) lets no other origin read the corpus', async ({ request }) => {
  for (const path of ['/graph.json', '/']) {
    const response = await request.get(path, { headers: { Origin: 'https://evil.example' } });
    expect(response.ok()).toBe(true);
    expect(response.headers()['access-control-allow-origin']).toBeUndefined();
  }
  const preflight = await request.fetch('/graph.json', {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' }
  });
  expect(preflight.headers()['access-control-allow-origin']).toBeUndefined();
});

test('a panel that fails shows its message in its place; the rest of the explorer keeps working', async ({ page }) => {
  // A fault only the Sources panel's node details meet (they alone pluralise a count), switched on below.
  await page.addInitScript(() => {
    const select = Intl.PluralRules.prototype.select;
    Intl.PluralRules.prototype.select = function (value: number) {
      if ((window as unknown as { breakPanel?: boolean }).breakPanel) throw new Error('panne simulée');
      return select.call(this, value);
    };
  });
  await openExplorer(page);
  await page.evaluate(() => ((window as unknown as { breakPanel: boolean }).breakPanel = true));
  await searchAndPick(page, 'nadella', /Satya Nadella/);

  const alert = page.getByRole('alert').filter({ hasText: 'Le panneau « Sources » a rencontré une erreur' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('panne simulée');
  await expect(page.getByRole('application', { name: 'Graphe des concepts' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Rechercher' })).toBeEnabled();
  await expect(page).toHaveURL(/node=person%3Asatya-nadella/);

  await page.evaluate(() => ((window as unknown as { breakPanel: boolean }).breakPanel = false));
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(sources(page).getByRole('heading', { level: 2 })).toHaveText('Satya Nadella');
});
