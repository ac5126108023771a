import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The offline file (`EXPORT_HTML=1`) carries the graph and the optional tour inside its script, since a
 * page opened from disk cannot fetch them; the normal build leaves both undefined and fetches.
 */
function offlineData(): Record<string, string> {
  if (process.env.EXPORT_HTML !== '1') return {};
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return 'null';
    }
  };
  return {
    __OFFLINE_GRAPH__: JSON.stringify(read(process.env.GRAPH_FILE ?? 'graph-data/graph.json')),
    __OFFLINE_TOUR__: JSON.stringify(read(process.env.TOUR_FILE ?? 'graph-data/tour.json'))
  };
}

export default defineConfig({
  plugins: [sveltekit()],
  define: offlineData(),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Suites load the real lexicon in beforeAll: on a loaded 2-core machine that can take longer than vitest's 10 s.
    hookTimeout: 60_000
  }
});
