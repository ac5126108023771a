/**
 * What ingest says about a document it keeps but that may read wrong: a legacy encoding it had to guess
 * beyond the ones French is written in, characters French never uses (the mark of a wrong guess), or a
 * language other than French, which the French extractor would otherwise read as French without a word.
 * Each message tells the user what to set in `corpus.json`.
 */
import { FRENCH_ENCODINGS, type Encoding } from './encodings';
import { findForeignCharacters } from './foreign-characters';
import { DEFAULT_LANGUAGE } from './language';

function encoding(detected: Encoding): string[] {
  if (FRENCH_ENCODINGS.includes(detected)) return [];
  return [`read as ${detected} (detected: not UTF-8 nor a Western code page); if that is wrong, set its "encoding" in corpus.json`];
}

function characters(text: string): string[] {
  const foreign = findForeignCharacters(text);
  if (foreign === null) return [];
  return [
    `has ${foreign.count} characters French never uses (${foreign.examples.join(' ')}): probably read in the wrong encoding; set its "encoding" in corpus.json (for example "iso-8859-15", "windows-1251", "shift_jis")`
  ];
}

function language(tag: string, fromCorpusJson: boolean): string[] {
  if (tag.toLowerCase().split('-')[0] === DEFAULT_LANGUAGE) return [];
  const how = fromCorpusJson ? 'says corpus.json' : 'detected';
  return [`is not in French (language "${tag}", ${how}): the extractor reads every document as French, so its terms and names may be wrong`];
}

export const documentWarnings = { encoding, characters, language };
