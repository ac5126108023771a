// End-to-end tests against the built static site, in Debian's Chromium (no browser download).
import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';

/** A port no one listens on now, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// E2E_PORT chooses the port; without it a free one is picked, so the suite runs while `npm start` serves, or
// beside another checkout's. It goes into the environment so the workers, which load this file again, agree.
process.env.E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  // One build serves both projects: the fixture graph is built in (stable assertions while the pipeline
  // changes), and the real-graph project serves graph-data/graph.json in its place through a route.
  projects: [
    { name: 'fixture', testIgnore: 'real-graph/**' },
    { name: 'real-graph', testMatch: 'real-graph/**/*.spec.ts' }
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  webServer: {
    // The fixture graph keeps assertions stable while the pipeline's real graph changes.
    // Built into its own folders (E2E_SITE, see svelte.config.js): `build/` keeps the real graph's site.
    // The root tsconfig extends the normal build's generated one, which a fresh clone lacks: sync it first.
    command: `E2E_SITE= npx svelte-kit sync && npm run build && npx vite preview --port ${PORT} --strictPort`,
    env: { GRAPH_FILE: process.env.GRAPH_FILE ?? 'tests/e2e/fixtures/sample-graph.json', E2E_SITE: '1' },
    port: PORT,
    reuseExistingServer: false,
    timeout: 180_000
  }
});
