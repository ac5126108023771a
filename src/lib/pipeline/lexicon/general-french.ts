/**
 * How common a word is in French at large, the reference that tells a corpus's own terms from the words every
 * French text uses ("entreprise", "monde", "temps" are everywhere; "omnicanal" is this corpus's).
 *
 * The reference is the two ranked French lists zxcvbn-ts ships (@zxcvbn-ts/language-fr): 28k words by
 * frequency in film subtitles (spoken French) and 38k by frequency in Wikipedia (written, encyclopedic). A
 * word takes its better rank of the two, so a word common in either register counts as common. Ranks become
 * relative frequencies by Zipf's law (the r-th word has about 0.08 / r of all tokens), which is all keyness
 * needs: a ratio against the corpus's own frequency, on a log scale.
 *
 * The same package's lists of months, days, seasons, compass points and number words name the words that are
 * never a concept (dates and directions are not the ideas of a text).
 */
import { dictionary as english } from '@zxcvbn-ts/language-en';
import { dictionary } from '@zxcvbn-ts/language-fr';

/** Words in order of frequency, most frequent first, each list its own ranking. */
export const GENERAL_FRENCH_RANKINGS: readonly (readonly string[])[] = [dictionary['commonWords-fr'], dictionary['wikipedia-fr']];

/** Calendar, direction and number words: never a concept on their own. */
export const CALENDAR_AND_NUMBER_WORDS: readonly string[] = [
  ...dictionary['months-fr'],
  ...dictionary['daysOfWeek-fr'],
  ...dictionary['seasons-fr'],
  ...dictionary['directions-fr'],
  ...dictionary['intermediateDirections-fr'],
  ...dictionary['cardinalNumbers-fr'],
  ...dictionary['ordinalNumbers-fr']
];

/** Zipf's constant for French word frequencies: the most frequent word is about 8% of tokens. */
const ZIPF_CONSTANT = 0.08;

/** A word in neither list is rarer than the last ranked one. */
export const UNRANKED = 80_000;

/** Relative frequency in general French from the best rank of a word (see the banner). */
export function frequencyOfRank(rank: number): number {
  return ZIPF_CONSTANT / Math.max(1, rank);
}

/** How many of the most frequent English words count as "common English" (capitalised, still no name). */
const COMMON_ENGLISH = 10_000;

/** The most frequent English words (film subtitles), for telling an English heading word from a name. */
export const COMMON_ENGLISH_WORDS: readonly string[] = english['commonWords-en'].slice(0, COMMON_ENGLISH);
