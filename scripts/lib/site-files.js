/**
 * Which data files the site is built from, and the build's version. Plain JavaScript because
 * svelte.config.js, which Node loads without a TypeScript step, needs the version; the routes, the offline
 * build and the e2e setup import the same functions so they cannot disagree about the files.
 *
 * `GRAPH_FILE` picks another graph (the e2e fixture). `TOUR_FILE` picks another tour, `TOUR_FILE=` (empty)
 * none; an explicit tour file that does not exist is an error, since a typo would otherwise ship the default
 * tour without a word. The default `graph-data/tour.json` may be missing, and is not paired with another
 * `GRAPH_FILE` unless asked.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DEFAULT_GRAPH_FILE = 'graph-data/graph.json';
const DEFAULT_TOUR_FILE = 'graph-data/tour.json';
/**
 * The offline template (`scripts/export-html.ts --template`, run by `npm run build` first), which the site
 * ships as `/explorer-offline.txt`. Outside the build folders: it holds no graph, so the e2e and normal
 * builds can share it.
 */
export const OFFLINE_TEMPLATE_FILE = '.svelte-kit/offline-template/explorer.html';

/** @returns {string} */
export function siteGraphFile() {
  return resolve(process.env.GRAPH_FILE ?? DEFAULT_GRAPH_FILE);
}

/** @returns {string | null} the tour file to ship, or null for none (the default tour is built from the graph) */
export function siteTourFile() {
  const explicit = process.env.TOUR_FILE;
  if (explicit === '') return null;
  if (explicit !== undefined) {
    const file = resolve(explicit);
    if (!existsSync(file)) throw new Error(`TOUR_FILE=${explicit}: tour file not found (TOUR_FILE= builds with the default tour)`);
    return file;
  }
  if (process.env.GRAPH_FILE !== undefined) return null;
  const file = resolve(DEFAULT_TOUR_FILE);
  return existsSync(file) ? file : null;
}

/** @param {string} folder @returns {string[]} */
function filesUnder(folder) {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * A version from what the site is made of (its data and its source), not a timestamp: two builds of the same
 * checkout are then byte-identical, and a changed graph or explorer is still a new version for SvelteKit's
 * update check.
 * @returns {string}
 */
export function siteVersion() {
  const hash = createHash('sha256');
  const tour = siteTourFile();
  for (const file of [siteGraphFile(), ...(tour ? [tour] : []), 'package-lock.json', ...filesUnder('src')]) {
    hash.update(file.replace(process.cwd(), '.'));
    hash.update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : '');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
