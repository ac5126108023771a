import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { siteVersion } from './scripts/lib/site-files.js';

/**
 * `EXPORT_HTML=1` builds the offline file (`npm run export:html`): one HTML page with scripts and styles
 * inlined, routed by the URL's hash since it opens from file:// where no path names a route, and no CSP
 * (its hashes cannot cover the inlined bundle, and a file on disk has no origin to restrict to).
 */
const offline = process.env.EXPORT_HTML === '1';
const offlineBuild = process.env.EXPORT_BUILD_DIR ?? 'dist/offline';
/**
 * `E2E_SITE=1` is the end-to-end tests' build, made with their fixture graph: in its own folders, so a test
 * run never leaves a fake graph where `npm run build` and `npm run preview` put and serve the real one.
 */
const e2e = process.env.E2E_SITE === '1';

/** @type {import('@sveltejs/kit').Config['kit']} */
const modeConfig = offline
  ? {
        adapter: adapter({ pages: offlineBuild, assets: offlineBuild, fallback: 'index.html', strict: false }),
        // Apart from the normal build's, so exporting never disturbs a preview server running from it.
        outDir: '.svelte-kit/offline',
        output: { bundleStrategy: 'inline' },
        router: { type: 'hash' },
        // Links are then `#/present`, within the file, rather than relative to its folder.
        paths: { relative: false },
        prerender: { entries: [] },
        // A copy of src/routes without the data files' server routes, which the hash router refuses (the
        // data is built in instead); scripts/export-html.ts makes it.
        files: { routes: '.svelte-kit/offline-routes' }
      }
    : {
        adapter: e2e ? adapter({ pages: '.svelte-kit/e2e-site', assets: '.svelte-kit/e2e-site', fallback: undefined, strict: true }) : adapter({ fallback: undefined, strict: true }),
        ...(e2e ? { outDir: '.svelte-kit/e2e' } : {}),
        // The page renders client-side only (ssr = false), so the crawler finds no link to the data file: name it.
        prerender: { entries: ['*', '/graph.json', '/tour.json', '/explorer-offline.txt'] },
        csp: {
          mode: 'hash',
          directives: {
            'default-src': ['self'],
            'script-src': ['self'],
            'style-src': ['self', 'unsafe-inline'],
            'img-src': ['self', 'data:', 'blob:'],
            'object-src': ['none'],
            'base-uri': ['self']
          }
        }
      };

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // From the data and source hash, not the default timestamp, so the same checkout builds the same bytes.
    version: { name: siteVersion() },
    ...modeConfig
  }
};

export default config;
