/**
 * Word classes for noun-phrase chunking: what each token can be inside a French term.
 *
 * Lefff lists most French nouns also as verb forms ("usage" from usager, "entreprises" from entreprendre)
 * and many adjectives as nouns ("client", "digital"), so a token keeps every role it can play and the
 * chunker's grammar decides. A verb reading wins only after a subject clitic ("on partage", "ils notent"),
 * the one context where a noun reading is implausible.
 */
import type { Lexicon, LexicalEntry, Token } from '../types';

export interface WordClass {
  /** Can head or continue a term as a noun (includes unknown lower-case words: English terms, neologisms). */
  noun: boolean;
  /** Can follow a noun as an adjective. */
  adjective: boolean;
  /** "de", "d’", "du", "des": the preposition of French compound terms (économie d’usage, chaîne de valeur). */
  of: boolean;
  /** "la", "l’", "le", "les" after "de" (chaîne de la valeur). */
  article: boolean;
  /** Never part of a concept. */
  stop: boolean;
  /** Starts with a capital letter where a common word would not (a name, or a title-cased term). */
  capitalised: boolean;
  /** The lexicon also knows it as something other than a noun ("compte", "important", "face"). */
  ambiguous: boolean;
}

const OF_WORDS = new Set(['de', 'd’', 'du', 'des']);
const ARTICLES = new Set(['la', 'l’', 'le', 'les']);
const SUBJECT_CLITICS = new Set(['il', 'elle', 'on', 'ils', 'elles', 'nous', 'vous', 'je', 'j’', 'tu', 'se', 's’', 'ne', 'n’']);
const LETTER = /\p{L}/u;
/**
 * Adjectives French places before the noun ("nouveaux usages", "grande révolution"). Lefff also lists most as
 * nouns, so without this "nouveaux" would head a term; before a noun they qualify it and start nothing.
 */
const PREPOSED_ADJECTIVES = new Set(
  ('grand petit nouveau bon meilleur mauvais premier dernier deuxième second troisième autre seul vrai gros jeune ' +
    'vieux beau haut long même ancien prochain véritable certain divers différent nombreux plein tel double ' +
    'simple pire moindre énorme immense large faux joli sacré').split(' ')
);
const UPPER_START = /^\p{Lu}/u;

function hasPos(entries: readonly LexicalEntry[], pos: LexicalEntry['pos']): boolean {
  return entries.some((entry) => entry.pos === pos);
}

export function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/**
 * Classifies each token of a sentence. `excluded` holds lower-cased words curation keeps out of the graph.
 */
export function classifyTokens(tokens: readonly Token[], lexicon: Lexicon, excluded: ReadonlySet<string>): WordClass[] {
  return tokens.map((token, index) => {
    const none: WordClass = { noun: false, adjective: false, of: false, article: false, stop: true, capitalised: false, ambiguous: false };
    if (token.kind !== 'word' || !LETTER.test(token.text)) return none;
    const lower = token.text.toLowerCase();
    if (OF_WORDS.has(lower)) return { ...none, of: true };
    if (ARTICLES.has(lower)) return { ...none, article: true };
    if (excluded.has(lower) || lexicon.isStopword(lower) || lower.length < 2) return none;

    const sentenceStart = index === 0 || tokens.slice(0, index).every((t) => t.kind === 'punct');
    const capitalised = UPPER_START.test(token.text) && !sentenceStart;
    const entries = lexicon.entries(lower);
    const previous = tokens[index - 1]?.text.toLowerCase();
    const afterClitic = previous !== undefined && SUBJECT_CLITICS.has(previous);

    if (entries.length === 0) {
      // Unknown words are English terms ("thinking", "centricity") or neologisms; never verbs after a clitic.
      return { ...none, stop: afterClitic, noun: !afterClitic, capitalised };
    }
    const adjective = hasPos(entries, 'adjective');
    const preposed =
      adjective &&
      entries.some((entry) => entry.pos === 'adjective' && PREPOSED_ADJECTIVES.has(entry.lemma)) &&
      lexicon.entries((tokens[index + 1]?.text ?? '').toLowerCase()).some((entry) => entry.pos === 'noun');
    const noun = hasPos(entries, 'noun') && !(afterClitic && hasPos(entries, 'verb')) && !preposed;
    const ambiguous = entries.some((entry) => entry.pos !== 'noun' && entry.pos !== 'properNoun');
    return { noun, adjective, of: false, article: false, stop: (!noun && !adjective) || preposed, capitalised, ambiguous };
  });
}
