/**
 * A document's language, by franc (trigram profiles of 82 languages, and the script for those written in
 * their own), as a BCP 47 tag ("fr", "en", "ru", "ja"; three letters where ISO 639-1 has none).
 *
 * The corpus is French and the extractor reads French, so the guess leans that way: French wins whenever
 * its score is close to the best, and a text too short to tell is French. franc reads the first 2,048
 * characters, which is plenty and keeps a long document cheap.
 */
import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

export const DEFAULT_LANGUAGE = 'fr';
const FRENCH = 'fra';
/** franc's scores are relative and close together (the best is 1, English prose gives French 0.96); French within this distance of the best is taken as French. */
const FRENCH_MARGIN = 0.02;
/** Fewer letters than this and franc's guess is noise ("the and of"). */
const MIN_LETTERS = 20;
const UNDETERMINED = 'und';
/** What franc reads of a text, and what the French check below reads. */
const SAMPLE = 2048;
/**
 * Frequent words that only French has (so not "de", "la", "que", "en", shared with Spanish, Italian,
 * Catalan…). In French prose they are a fifth of the words or more, in other languages next to none: above
 * this share the text is French without asking franc, whose comparison of 82 profiles costs about 10 ms a
 * document, most of ingest on a large corpus.
 */
const FRENCH_ONLY = new Set(['le', 'les', 'des', 'du', 'et', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'avec', 'nous', 'sont', 'est', 'au', 'aux', 'ce', 'cette', 'il', 'ils', 'elle', 'mais', 'ou', 'leur', 'leurs', 'plus', 'être']);
const CLEARLY_FRENCH_SHARE = 0.12;
const MIN_WORDS = 30;

function hasLetters(text: string, wanted: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++count >= wanted) return true;
  return false;
}

function isClearlyFrench(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  const french = words.filter((word) => FRENCH_ONLY.has(word)).length;
  return french >= words.length * CLEARLY_FRENCH_SHARE;
}

/** The BCP 47 tag of `text`'s language; "fr" when unsure. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS) || isClearlyFrench(sample)) return DEFAULT_LANGUAGE;
  const scores = francAll(sample);
  const [best, bestScore] = scores[0] ?? [UNDETERMINED, 0];
  if (best === UNDETERMINED) return DEFAULT_LANGUAGE;
  const french = scores.find(([language]) => language === FRENCH);
  if (best === FRENCH || (french !== undefined && french[1] >= bestScore - FRENCH_MARGIN)) return DEFAULT_LANGUAGE;
  return iso6393To1[best] ?? best;
}
