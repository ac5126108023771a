// End-to-end tests against the built static site, in Debian's Chromium (no browser download).
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);

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
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    env: { GRAPH_FILE: process.env.GRAPH_FILE ?? 'tests/e2e/fixtures/sample-graph.json' },
    port: PORT,
    reuseExistingServer: false,
    timeout: 180_000
  }
});
