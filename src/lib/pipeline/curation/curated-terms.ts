/**
 * What extraction needs from the curation file: terms to find in the text (`add`) and words to keep out
 * (`exclude`). Extraction applies them because only it sees the sentences; `applyCuration` does the rest.
 */
import type { CuratedType, Curation } from './schema';

export interface CuratedTerm {
  label: string;
  type: CuratedType;
  /**
   * Surface forms to match, label first, each once as written; compare them with `normalizeKey` so case,
   * accents and apostrophes do not matter, as for node references.
   */
  forms: string[];
}

export function curatedTerms(curation: Curation): CuratedTerm[] {
  return (curation.add ?? []).map((entry) => ({
    label: entry.label.trim(),
    type: entry.type,
    forms: uniqueTrimmed([entry.label, ...(entry.aliases ?? [])])
  }));
}

/** Words and phrases never to make a node or part of one, each once as written; compare with `normalizeKey`. */
export function excludedWords(curation: Curation): string[] {
  return uniqueTrimmed(curation.exclude ?? []);
}

function uniqueTrimmed(texts: readonly string[]): string[] {
  return [...new Set(texts.map((text) => text.trim()))];
}
