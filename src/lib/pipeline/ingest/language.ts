/**
 * A cheap language guess for a document: French unless English function words clearly outnumber French
 * ones. The corpus is French; the check only catches an English article dropped into it.
 */

export const DEFAULT_LANGUAGE = 'fr';

/** Frequent words that exist in one language only (so "a", "en", "on", "est"… are left out). */
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'avec', 'nous', 'sont']);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'are', 'this', 'it', 'was', 'be', 'from', 'have', 'we']);
/** English must lead by this factor, and on enough words, before a document is called English. */
const ENGLISH_LEAD = 2;
const MIN_EVIDENCE = 20;

/** Listed words are two to four letters long; longer or shorter words are skipped without being sliced out. */
const SHORTEST = Math.min(...[...FRENCH_WORDS, ...ENGLISH_WORDS].map((word) => word.length));
const LONGEST = Math.max(...[...FRENCH_WORDS, ...ENGLISH_WORDS].map((word) => word.length));

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit: 0 not classified yet, 1 a letter, 2 not a letter (surrogates are classified by pair). */
const letterClass = new Uint8Array(0x10000);

/** Length of the letter at `index` (1, or 2 for a surrogate pair), or 0 when there is no letter there. */
function letterLength(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const point = text.codePointAt(index)!;
    if (point <= 0xffff) return 0;
    return LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (letterClass[unit] === 0) letterClass[unit] = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return letterClass[unit] === 1 ? 1 : 0;
}

/**
 * "fr" or "en" for `text`; "fr" when unsure. Words are the maximal runs of letters of the lower-cased text,
 * scanned by hand: a regular expression over every word turned long documents into millions of small strings.
 */
export function detectLanguage(text: string): string {
  const lowered = text.toLowerCase();
  let french = 0;
  let english = 0;
  let index = 0;
  while (index < lowered.length) {
    const start = index;
    let length: number;
    while (index < lowered.length && (length = letterLength(lowered, index)) > 0) index += length;
    if (index === start) {
      index += 1;
      continue;
    }
    if (index - start < SHORTEST || index - start > LONGEST) continue;
    const word = lowered.slice(start, index);
    if (FRENCH_WORDS.has(word)) french++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  return english >= MIN_EVIDENCE && english > french * ENGLISH_LEAD ? 'en' : DEFAULT_LANGUAGE;
}
