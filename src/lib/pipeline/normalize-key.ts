/**
 * A comparison key for names: two spellings a French reader would call "the same word" get the same key.
 *
 * Shared by curation (a person names a node however they type it) and extraction (surface forms grouped into
 * one node), so both agree on what "the same" means.
 */

/** Apostrophe look-alikes: typographic (’ ‘), modifier letter (ʼ), prime, acute and grave accents used as one. */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g;
/** Hyphens and dashes join words like a space does: "Saint-Exupéry" and "Saint Exupéry" are one name. */
const HYPHENS = /[-\u2010\u2011\u2012\u2013\u2014\u2212]/g;
/** Invisible characters web text carries (soft hyphen, zero-width space/joiners, BOM) that split words unseen. */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Combining accents left by NFD: only Latin diacritics, so other scripts keep their vowel signs. */
const DIACRITICS = /[\u0300-\u036f]/g;
/** NFD does not split French ligatures, yet "cœur" and "coeur" are both common spellings. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae' };

/**
 * Keys already made. Extraction asks for the same words and names again and again (every mention of every
 * candidate name, every place lookup): at 4 MB of text the chain of replacements below was a second of the
 * build and much of its garbage. Cleared when full, so a corpus of unending new spellings holds no more.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function normalizeKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    key = computeKey(text);
    cache.set(text, key);
  }
  return key;
}

/**
 * Lets the cached keys go. A cached word can be a slice of its document's text and keep that whole text
 * alive, so a build forgets them when it ends (a browser worker builds graph after graph).
 */
export function forgetNormalizedKeys(): void {
  cache.clear();
}

function computeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(INVISIBLES, '')
    .toLowerCase()
    .replace(/[œæ]/g, (ligature) => LIGATURES[ligature])
    .replace(APOSTROPHES, "'")
    // Only an elision apostrophe ("l'expérience") separates words; one ending a name ("Vélib’") is often omitted.
    .replace(/'(?=\s|$)/g, '')
    .replace(HYPHENS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
