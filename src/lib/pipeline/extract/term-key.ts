/**
 * The key that groups a term's variants into one concept.
 *
 * Words are reduced to their Lefff lemma (réseaux → réseau, sociaux → social, digitales → digital), articles
 * inside the term are dropped and "d’/du/des" read as "de", so "chaîne de la valeur" and "chaînes de valeur"
 * meet; case and hyphens do not count ("cross-canal" = "cross canal"). Accents do: "marché" and "marche",
 * "donné" and "donne" are different words, and common nouns keep their accents in running text. Words the
 * lexicon does not know (English terms, neologisms) fall back to the Snowball French stemmer.
 */
import { newStemmer } from 'snowball-stemmers';
import { normalizeKey } from '../normalize-key';
import type { LexicalEntry, Lexicon } from '../types';
import type { WordClass } from './word-class';

const stemmer = newStemmer('french');

/**
 * How well a lemma fits the form it was read from: the form itself (mois → mois, not moi), or the form less a
 * plural or feminine ending (réseaux → réseau, employés → employé), or only a reading the lexicon gives
 * (sociaux → social; employé as the participle of employer fits worse than the noun employé).
 */
function fit(lower: string, lemma: string): number {
  if (lemma === lower) return 2;
  return /^(?:s|x|e|es)$/u.test(lower.slice(lemma.length)) && lower.startsWith(lemma) ? 1 : 0;
}

function lemmaOf(word: string, asHead: boolean, lexicon: Lexicon, stem: (lower: string) => string): string {
  const lower = word.toLowerCase();
  const entries = lexicon.entries(lower);
  if (entries.length === 0) return stem(lower);
  const preferred = asHead ? ['noun', 'adjective'] : ['adjective', 'noun'];
  let best: LexicalEntry | undefined;
  let bestScore = -1;
  for (const entry of entries) {
    const rank = preferred.indexOf(entry.pos);
    if (rank === -1) continue;
    // The fit outweighs the part of speech: the modifier "employé" is the noun's lemma, not the verb's.
    const score = fit(lower, entry.lemma) * 2 + (preferred.length - rank);
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return (best ?? entries[0]).lemma;
}

/** A term key's parts: the lemma of a token as a term's head or as its modifier, or "de" for of-words. */
export type TermPart = (text: string, wordClass: WordClass, asHead: boolean) => string | null;

/**
 * The key part of each token, remembered per form: a corpus of millions of candidate spans asks the lexicon
 * once per distinct word. Articles inside a term give no part (null).
 */
export function createTermParts(lexicon: Lexicon): TermPart {
  const heads = new Map<string, string>();
  const modifiers = new Map<string, string>();
  // An unknown word's stem is the same as head and as modifier, and Snowball is the slow part of a key.
  const stems = new Map<string, string>();
  const stem = (lower: string) => {
    let stemmed = stems.get(lower);
    if (stemmed === undefined) stems.set(lower, (stemmed = stemmer.stem(lower)));
    return stemmed;
  };
  return (text, wordClass, asHead) => {
    if (wordClass.article) return null;
    if (wordClass.of) return 'de';
    const cache = asHead ? heads : modifiers;
    let lemma = cache.get(text);
    if (lemma === undefined) {
      lemma = conceptKey(lemmaOf(text, asHead, lexicon, stem));
      cache.set(text, lemma);
    }
    return lemma;
  };
}

/** Lower case, one apostrophe, hyphens as spaces, ligatures spelled out; accents kept (see above). */
export function conceptKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .replace(/['‘ʼ]/gu, '’')
    .replace(/[-\u2010\u2011]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A readable, stable id fragment from a key: "chaine de valeur" → "chaine-de-valeur", "习近平" → "习近平",
 * "Путин" → "путин". Latin accents are dropped for readable URLs; other scripts keep their letters, so two
 * names in Cyrillic or Chinese never meet on an empty slug.
 */
export function slugify(key: string): string {
  const slug = normalizeKey(key)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}
