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

/** "fr" or "en" for `text`; "fr" when unsure. */
export function detectLanguage(text: string): string {
  let french = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FRENCH_WORDS.has(word)) french++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  return english >= MIN_EVIDENCE && english > french * ENGLISH_LEAD ? 'en' : DEFAULT_LANGUAGE;
}
