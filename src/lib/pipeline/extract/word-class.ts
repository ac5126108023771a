/**
 * Word classes for noun-phrase chunking: what each token can be inside a French term.
 *
 * Lefff lists most French nouns also as verb forms ("usage" from usager, "entreprises" from entreprendre)
 * and many adjectives as nouns ("client", "digital"), so a token keeps every role it can play and the
 * chunker's grammar decides. A verb reading wins only after a subject clitic ("on partage", "ils notent"),
 * the one context where a noun reading is implausible.
 */
import { CALENDAR_AND_NUMBER_WORDS } from '../lexicon/general-french';
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
  /** The lexicon also knows it as something other than a noun ("compte", "important", "face"). */
  ambiguous: boolean;
  /** The lexicon also knows it as a verb form ("savoir", "donne", "usage"): a noun only where the syntax says so. */
  verbal: boolean;
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

const STOP: WordClass = Object.freeze({ noun: false, adjective: false, of: false, article: false, stop: true, ambiguous: false, verbal: false });
/**
 * E-mail addresses, URLs, file names and code tokens arrive as single words ("contact@exemple.fr",
 * "README.md", "max_size"): a character no French word has, or a dot between words ("exemple.fr"; "E.M" is an abbreviation).
 */
export const CODE_LIKE = /[@/\\_=<>{}|#~$%^*+]|\p{L}{2}\.\p{L}{2}/u;
const CALENDAR_AND_NUMBERS = new Set(CALENDAR_AND_NUMBER_WORDS);
const OF: WordClass = Object.freeze({ ...STOP, of: true });
const ARTICLE: WordClass = Object.freeze({ ...STOP, article: true });

/** What a word form can be wherever it stands: the context-free part of its class. */
interface FormClass {
  base: WordClass;
  isNoun: boolean;
  isVerb: boolean;
  isPreposable: boolean;
}

export type TokenClassifier = (tokens: readonly Token[]) => WordClass[];

/**
 * A classifier for the sentences of one build. Word forms repeat (Zipf), so what a form can be is looked up
 * once and remembered; only the context rules (after a clitic, before a noun) run per token.
 * `excluded` holds lower-cased words curation keeps out of the graph.
 */
export function createTokenClassifier(lexicon: Lexicon, excluded: ReadonlySet<string>): TokenClassifier {
  const forms = new Map<string, FormClass>();
  const classOf = (lower: string): FormClass => {
    let known = forms.get(lower);
    if (known) return known;
    if (OF_WORDS.has(lower)) known = { base: OF, isNoun: false, isVerb: false, isPreposable: false };
    else if (ARTICLES.has(lower)) known = { base: ARTICLE, isNoun: false, isVerb: false, isPreposable: false };
    else if (
      !LETTER.test(lower) ||
      CODE_LIKE.test(lower) ||
      CALENDAR_AND_NUMBERS.has(lower) ||
      excluded.has(lower) ||
      lexicon.isStopword(lower) ||
      lower.length < 2
    ) {
      known = { base: STOP, isNoun: false, isVerb: false, isPreposable: false };
    } else {
      const entries = lexicon.entries(lower);
      if (entries.length === 0) {
        // Unknown words are English terms ("thinking", "centricity") or neologisms.
        known = { base: { ...STOP, stop: false, noun: true }, isNoun: true, isVerb: false, isPreposable: false };
      } else {
        const adjective = hasPos(entries, 'adjective');
        const noun = hasPos(entries, 'noun');
        const ambiguous = entries.some((entry) => entry.pos !== 'noun' && entry.pos !== 'properNoun');
        known = {
          base: { noun, adjective, of: false, article: false, stop: !noun && !adjective, ambiguous, verbal: hasPos(entries, 'verb') },
          isNoun: noun,
          isVerb: hasPos(entries, 'verb'),
          isPreposable: entries.some((entry) => entry.pos === 'adjective' && PREPOSED_ADJECTIVES.has(entry.lemma))
        };
      }
    }
    forms.set(lower, known);
    return known;
  };

  // Token texts are one shared string per form (segment.ts), so a form's lower case and class are found by
  // its text, without lower-casing every token again (a tenth of extraction on a large corpus).
  const byText = new Map<string, { lower: string; form: FormClass }>();
  const read = (text: string) => {
    let known = byText.get(text);
    if (known === undefined) {
      const lower = text.toLowerCase();
      known = { lower, form: classOf(lower) };
      byText.set(text, known);
    }
    return known;
  };

  return (tokens) => {
    const reads = tokens.map((token) => (token.kind === 'word' ? read(token.text) : null));
    return tokens.map((token, index) => {
      const own = reads[index];
      if (own === null) return STOP;
      const form = own.form;
      if (form.base.stop) return form.base;
      const previous = reads[index - 1]?.lower;
      const next = reads[index + 1];
      if (form.isPreposable && next && next.form.isNoun) return { ...form.base, noun: false, stop: true };
      // After a subject clitic a verb reading wins ("on partage", "ils notent"), and an unknown word is a verb too.
      const unknown = form.base.noun && !form.isNoun;
      if (previous !== undefined && SUBJECT_CLITICS.has(previous) && (form.isVerb || unknown)) {
        return { ...form.base, noun: false, stop: !form.base.adjective };
      }
      return form.base;
    });
  };
}

function hasPos(entries: readonly LexicalEntry[], pos: LexicalEntry['pos']): boolean {
  return entries.some((entry) => entry.pos === pos);
}
