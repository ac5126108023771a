import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The offline file (`EXPORT_HTML=1`) is built as a template without data: scripts/export-html.ts gives it
 * empty data slots, filled later with any graph (src/lib/offline/embed.ts). The flag lets its script read
 * them in place of fetching.
 */
const offlineFile = process.env.EXPORT_HTML === '1';

export default defineConfig({
  plugins: [sveltekit()],
  define: offlineFile ? { __OFFLINE_FILE__: 'true' } : {},
  // The build worker loads pdf.js only for PDF files, by a dynamic import, which classic workers cannot do.
  worker: { format: 'es' },
  // The preview server (`npm start`) serves the whole corpus: no other origin may read it. Not `cors: false`:
  // SvelteKit's plugin merges `{ preflightContinue: true }` over it, which the cors middleware reads as
  // "allow every origin" (`*`); `origin: false` survives the merge and sends no CORS header at all.
  preview: { cors: { origin: false } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Suites load the real lexicon in beforeAll: on a loaded 2-core machine that can take longer than vitest's 10 s.
    hookTimeout: 60_000
  }
});
