/**
 * Search in the texts themselves, for words that name no node ("DRH", "manifeste", "PDG"): the passages that
 * hold the query at the start of a word, folded like node search (accents, case, ligatures, apostrophes), with
 * each match's offsets in the original text so the reader sees it highlighted.
 */
import type { Passage } from '../../graph/schema';
import { normalizeForSearch } from './search-nodes';

export interface FoldedPassage {
  passage: Passage;
  folded: string;
  /** For each folded character, the offset of the original character it comes from. */
  origin: number[];
}

export interface PassageHit {
  passage: Passage;
  /** Offsets into `passage.text`. */
  matches: { start: number; end: number }[];
}

/** Folds one character at a time so every folded character points back to its place in the text. */
export function foldPassage(passage: Passage): FoldedPassage {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < passage.text.length; i++) {
    const char = passage.text[i];
    // normalizeForSearch trims: a lone space folds to '' there, but must stay a space here.
    const piece = /\s/.test(char) ? ' ' : normalizeForSearch(char);
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      origin.push(i);
    }
  }
  return { passage, folded, origin };
}

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/** Passages holding `query` at a word start, in corpus order, at most `limit`. */
export function searchPassages(passages: readonly FoldedPassage[], query: string, limit = 50): PassageHit[] {
  const needle = normalizeForSearch(query);
  if (needle.length < 2) return [];
  const hits: PassageHit[] = [];
  for (const { passage, folded, origin } of passages) {
    const matches: PassageHit['matches'] = [];
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      if (isWordChar(folded[at - 1])) continue;
      matches.push({ start: origin[at], end: origin[at + needle.length - 1] + 1 });
    }
    if (matches.length) hits.push({ passage, matches });
    if (hits.length >= limit) break;
  }
  return hits;
}
