import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { siteGraphFile, siteTourFile } from './scripts/lib/site-files.js';

/**
 * The offline file (`EXPORT_HTML=1`) carries the graph and the optional tour inside its script, since a
 * page opened from disk cannot fetch them; the normal build leaves both undefined and fetches. They go in as
 * base64: the script is inlined into the HTML, where corpus text such as `<!--<script>` would otherwise
 * change how the browser reads the rest of the script element, and base64 has no character HTML treats
 * specially in any script-data state. scripts/export-html.ts has checked both files before building.
 */
function offlineData(): Record<string, string> {
  if (process.env.EXPORT_HTML !== '1') return {};
  const base64 = (bytes: Buffer) => JSON.stringify(bytes.toString('base64'));
  const tour = siteTourFile();
  return {
    __OFFLINE_GRAPH__: base64(readFileSync(siteGraphFile())),
    __OFFLINE_TOUR__: base64(tour ? readFileSync(tour) : Buffer.from('null'))
  };
}

export default defineConfig({
  plugins: [sveltekit()],
  define: offlineData(),
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
