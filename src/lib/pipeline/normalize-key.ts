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

export function normalizeKey(text: string): string {
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
