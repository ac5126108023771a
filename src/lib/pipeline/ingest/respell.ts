/**
 * The last broken letters mojibake leaves: a character no code page explains ("l’ùre du digital" for "l’ère").
 * Only the lexicon can tell, so this runs after ingest with the lexicon in hand, and only where it is sure: a
 * lower-case word the lexicon does not know, with one accented vowel, whose vowel swapped for another gives
 * exactly one word the lexicon knows. Names, words it knows and anything ambiguous are left as written.
 */
import type { IngestedDocument, Lexicon } from '../types';

const ACCENTED = 'àâäéèêëîïôöùûü';
const ONE_ACCENT = new RegExp(`^[a-zœæç]*[${ACCENTED}][a-zœæç]*$`, 'u');
/** Whole lower-case words with an accent: the tail of "Même" is no word of its own, and unaccented words need nothing. */
const WORD = new RegExp(`(?<!\\p{L})\\p{Ll}*[${ACCENTED}]\\p{Ll}*(?!\\p{L})`, 'gu');

function respellWord(word: string, lexicon: Lexicon, cache: Map<string, string>): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  let result = word;
  if (word.length >= 3 && ONE_ACCENT.test(word) && lexicon.entries(word).length === 0) {
    const at = [...word].findIndex((letter) => ACCENTED.includes(letter));
    const candidates = [...ACCENTED]
      .filter((letter) => letter !== word[at])
      .map((letter) => word.slice(0, at) + letter + word.slice(at + 1))
      .filter((candidate) => lexicon.entries(candidate).length > 0);
    if (candidates.length === 1) result = candidates[0];
  }
  cache.set(word, result);
  return result;
}

/**
 * Documents whose mojibake was repaired, with such words respelt (the same length letter for letter, so
 * nothing else moves); clean documents are left as they are, unread.
 */
export function respellBrokenAccents(documents: readonly IngestedDocument[], lexicon: Lexicon): IngestedDocument[] {
  const cache = new Map<string, string>();
  return documents.map((document) => {
    if (!document.mojibakeRepaired) return document;
    const text = document.text.replace(WORD, (word) => respellWord(word, lexicon, cache));
    return text === document.text ? document : { ...document, text };
  });
}
