/**
 * `npm run export:html [-- --out FILE]`: writes `dist/explorer.html`, the whole explorer in one file that opens
 * from disk, with the site's graph and tour in it.
 * `--template`: writes the offline template alone (the same page with empty data slots, see
 * src/lib/offline/embed.ts) where `npm run build` ships it as `/explorer-offline.txt`, for the explorer's
 * download to fill with the graph on screen.
 *
 * Copies the routes without the data files' server routes (the offline page reads its data from its own
 * slots), builds with EXPORT_HTML=1 (inline bundle, hash router; see svelte.config.js and vite.config.ts),
 * keeps the single page the build writes, and gives it the slots.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OFFLINE_TEMPLATE_FILE } from './lib/site-files.js';
import { EMPTY_SLOTS, embedOfflineData } from '../src/lib/offline/embed';
import { readSiteData } from '../src/lib/site/site-data';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/explorer.html' }, template: { type: 'boolean', default: false } } });
const OUT = values.template ? OFFLINE_TEMPLATE_FILE : values.out!;
const ROUTES = '.svelte-kit/offline-routes';
const BUILD = values.template ? '.svelte-kit/offline-template-build' : join(dirname(OUT), 'offline');
/** Server routes and the page options (prerender, ssr) that the hash router refuses. */
const LEFT_OUT = new Set(['graph.json', 'tour.json', 'lexicon', 'explorer-offline.txt', '+layout.ts']);

// The graph and tour go into the file unseen by any route: check them here, naming the fault.
let data: { graph: unknown; tour: unknown } | null = null;
if (!values.template) {
  try {
    const site = readSiteData();
    data = { graph: JSON.parse(site.graph), tour: JSON.parse(site.tour) };
  } catch (error) {
    console.error(`export:html: ${(error as Error).message}`);
    process.exit(1);
  }
}

rmSync(ROUTES, { recursive: true, force: true });
cpSync('src/routes', ROUTES, { recursive: true, filter: (path) => !LEFT_OUT.has(basename(path)) });
// The copy lives elsewhere, so the layout's relative stylesheet import must point back into src/.
const layout = `${ROUTES}/+layout.svelte`;
writeFileSync(layout, readFileSync(layout, 'utf8').replace("'../app.css'", JSON.stringify(resolve('src/app.css'))));
rmSync(BUILD, { recursive: true, force: true });
execFileSync('npx', ['vite', 'build'], { stdio: 'inherit', env: { ...process.env, EXPORT_HTML: '1', EXPORT_BUILD_DIR: BUILD } });

const page = `${BUILD}/index.html`;
if (!existsSync(page)) throw new Error(`export:html: the build wrote no ${page}`);
let html = readFileSync(page, 'utf8');
// The favicon is the one file the page would still load; inline it so the file stands alone.
const icon = readFileSync('static/favicon.svg');
html = html.replace(/href="[^"]*favicon\.svg"/, `href="data:image/svg+xml;base64,${icon.toString('base64')}"`);
const external = html.match(/<(?:script|link)[^>]+(?:src|href)="(?!data:|#)[^"]+"/g);
if (external) throw new Error(`export:html: ${page} still loads files: ${external.join(', ')}`);
// Right after the charset, before the inlined bundle: the slots are the page's first scripts, parsed
// before the bundle runs, and embedOfflineData finds them there.
const charset = '<meta charset="utf-8" />';
if (!html.includes(charset)) throw new Error(`export:html: ${page} has no ${charset} to put the data after`);
html = html.replace(charset, () => `${charset}\n    ${EMPTY_SLOTS}`);
if (data) html = embedOfflineData(html, data);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
if (values.template) rmSync(BUILD, { recursive: true, force: true });
console.log(`export:html: wrote ${OUT} (${Math.round(statSync(OUT).size / 1024)} kB)`);
