// Untrusted graph files: error screens for broken, newer or missing files; corpus text never runs as HTML.
import { expect, test } from '@playwright/test';
import { fixture, serveGraph, sources, watchErrors } from './helpers';

const cases = [
  { name: 'a malformed graph file', body: fixture('broken-graph.json'), status: 200, says: /nodes\[3\]\.x/ },
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
