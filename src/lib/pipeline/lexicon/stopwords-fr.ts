/**
 * French stopwords and filler nouns for concept extraction.
 *
 * `FRENCH_STOPWORDS` is stopwords-iso's "fr" list (691 words) after a word-by-word review: it drops nouns and
 * adjectives that head or qualify real concepts in this corpus ("chaîne de valeur", "nouveaux usages",
 * "effet de réseau", "retour client"), and lacks filler the corpus is full of ("il faut", "aujourd’hui",
 * "vraiment", elided "l’", "d’"). Every entry with an apostrophe is listed with both ' and ’, because ingest
 * writes ’ but hand-typed lists and curation files use either.
 *
 * `FILLER_NOUNS` are nouns that are never a concept on their own or as a term's head ("la chose", "un cas",
 * "au niveau de"; the price is losing the odd "point de bascule"), but may sit inside one ("étude de cas"). Those
 * that can sit inside a concept stay out of the stopword list, so the noun phrases around them still form.
 */
import stopwordsIso from 'stopwords-iso';

/** Content words stopwords-iso drops wrongly, with the kind of concept they take part in. */
const NOT_STOPWORDS = new Set([
  // Nouns that head concepts.
  'valeur', // chaîne de valeur, proposition de valeur
  'personne', // personne morale; "personne ne" is caught as a pronoun by the lexicon
  'personnes',
  'effet', // effet de réseau
  'état', // État, état d’esprit
  'retour', // retour client, retour sur investissement
  'parole', // prise de parole
  'mot', // mot d’ordre
  'force', // force de vente
  'pièce', // pièce détachée
  'essai', // essai clinique
  'droite', // la droite (politics)
  'dos',
  'mine',
  // Adjectives that qualify concepts.
  'nouveau', // nouveaux usages, nouveau modèle d’affaires
  'nouveaux',
  'bon', // bonnes pratiques (bonne/bonnes are not in the list either)
  'haut', // haut débit
  'directe', // vente directe
  'naturel', // langage naturel
  'naturelle',
  'naturelles',
  'ouvert', // innovation ouverte, données ouvertes
  'ouverte',
  'ouverts',
  'unique', // point d’entrée unique, proposition unique de vente
  'uniques',
  // Not a word: a glitch in the source list.
  'o|'
]);

/** Filler stopwords-iso lacks: verbs of saying/doing, discourse adverbs, elisions and a few English function words. */
const EXTRA_STOPWORDS = [
  // Impersonal and light verbs: "il faut", "faire en sorte", "cela a du sens".
  'faut', 'fallait', 'faudra', 'faudrait', 'falloir', 'faire', 'fera', 'ferait', 'feraient', 'faisons', 'fasse',
  'peut-être', 'c’est-à-dire', 'au-delà', 'vis-à-vis', 'grâce',
  // Generic nouns with no concept of their own (also in FILLER_NOUNS below, which the extractor uses for heads).
  'chose', 'choses', 'manière', 'manières', 'fois', 'part', 'sorte', 'exemple', 'exemples', 'type', 'types', 'truc', 'trucs',
  // Discourse adverbs and quantifiers.
  'aujourd’hui', 'déjà', 'vraiment', 'également', 'pourtant', 'jamais', 'ensuite', 'davantage', 'simplement',
  'justement', 'finalement', 'évidemment', 'forcément', 'certainement', 'réellement', 'totalement',
  'complètement', 'partout', 'oui', 'cf', 'vs',
  // Elided forms as the tokenizer cuts them ("l’", "jusqu’"), and their stems without the apostrophe.
  'l’', 'd’', 'j’', 'm’', 'n’', 's’', 't’', 'c’', 'qu’', 'jusqu’', 'lorsqu’', 'puisqu’', 'quoiqu’', 'presqu’',
  'lorsqu', 'puisqu', 'quoiqu', 'presqu',
  // English function words: the corpus quotes English titles ("Digital Transformation Practice Leader").
  'the', 'of', 'and', 'or', 'to', 'in', 'for', 'with', 'is', 'are', 'be', 'it', 'this', 'that', 'an', 'by', 'from'
];

/** Both apostrophes for every entry that has one. */
function withBothApostrophes(words: Iterable<string>): string[] {
  return [...words].flatMap((word) => (/['’]/u.test(word) ? [word.replace(/'/gu, '’'), word.replace(/’/gu, "'")] : [word]));
}

export const FRENCH_STOPWORDS: readonly string[] = Object.freeze(
  [...new Set(withBothApostrophes([...stopwordsIso.fr.filter((word: string) => !NOT_STOPWORDS.has(word)), ...EXTRA_STOPWORDS]))].sort()
);

/**
 * English stopwords that are no French ones ("the", "and", "from"; not "on", "a", "des"): next to a capitalised
 * English word, they say it sits in an English title, not a name.
 */
const ISO_FRENCH: ReadonlySet<string> = new Set(stopwordsIso.fr);
export const ENGLISH_ONLY_STOPWORDS: ReadonlySet<string> = new Set(stopwordsIso.en.filter((word: string) => !ISO_FRENCH.has(word)));

export const FILLER_NOUNS: readonly string[] = Object.freeze([
  'chose', 'choses', 'fait', 'faits', 'manière', 'manières', 'façon', 'façons', 'cas', 'fois', 'part', 'parts',
  'sorte', 'sortes', 'point', 'points', 'exemple', 'exemples', 'moment', 'moments', 'type', 'types', 'niveau',
  'niveaux', 'sujet', 'sujets', 'aspect', 'aspects', 'début', 'fin', 'reste', 'ensemble', 'nombre', 'plupart',
  'partie', 'parties', 'lieu', 'égard', 'terme', 'termes', 'truc', 'trucs', 'gens',
  // Nouns of prepositional locutions, almost never meant on their own: "face à", "mise en œuvre", "à hauteur de",
  // "prendre en compte", "au cours de", "à la suite de", "au sein de", "du côté de", "par rapport à", "en ce sens".
  'face', 'mise', 'hauteur', 'compte', 'cours', 'suite', 'titre', 'sein', 'côté', 'milieu', 'rapport', 'sens',
  // Units and parts of time: "depuis plus de 10 ans", "ces derniers mois", "dans l'après-midi", "au XIXe siècle".
  'an', 'ans', 'année', 'années', 'mois', 'jour', 'jours', 'semaine', 'semaines', 'heure', 'heures', 'minute',
  'minutes', 'siècle', 'siècles', 'décennie', 'décennies', 'matin', 'matinée', 'après-midi', 'soir', 'soirée',
  // Number nouns: an amount is no idea ("des millions d’euros", "une vingtaine de départements").
  'cent', 'cents', 'mille', 'millier', 'milliers', 'million', 'millions', 'milliard', 'milliards', 'dizaine',
  'dizaines', 'douzaine', 'douzaines', 'quinzaine', 'vingtaine', 'trentaine', 'cinquantaine', 'soixantaine',
  'centaine', 'centaines'
]);
