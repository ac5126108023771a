/**
 * The rules that type a capitalised name, as one table: what each rule looks at, which type it votes for, how
 * much its vote weighs, and why. A name's type is decided over the whole corpus by adding up the votes of all
 * its mentions (`entities.ts`), so nine mentions "à Lyon" outvote one ambiguous cue, and a rule tuned to one
 * corpus stands out here rather than hiding in code. Each rule is a pure test of one mention's context.
 */
import type { Lexicon } from '../types';
import {
  HONORIFICS_CASED,
  INSTITUTION_HEADS,
  ORGANIZATION_CUES,
  ORGANIZATION_WORDS,
  PLACE_PREPOSITIONS,
  ROLE_WORDS,
  SPEECH_VERBS,
  isCountryName
} from './name-cues';

export const ENTITY_TYPES = ['person', 'organization', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One mention of a name in its sentence, as the rules see it. */
export interface MentionContext {
  /** The name's words as written, and their comparison keys (`wordKey`). */
  words: readonly string[];
  keys: readonly string[];
  /** Up to three words before the name as written (nearest last), and their keys. */
  before: readonly string[];
  beforeKeys: readonly string[];
  /** The word right after the name (its key), or '' at a punctuation mark. */
  after: string;
  /** The punctuation right after the name, if any (",", "."). */
  punctuationAfter: string;
  /** After a comma, the first word that is no article (its key): "maire" in "X, le maire de…"; '' otherwise. */
  appositive: string;
  /** Words of the name that are not connectors ("de", "la"…). */
  contentWords: readonly string[];
  /** ", Le Seuil, 2012": a name between commas before a year. */
  citation: boolean;
  /** ". Administrative Science Quarterly, 44(2), 350-383.": a title before a volume and issue names a periodical. */
  periodical: boolean;
  /** Listed with other capitalised names: "Autolib, Vélib, BlaBla Car", "Trip Advisor ou Allo Ciné". */
  inList: boolean;
  /** Followed by an author's initials: "Liang, J.", "Martin P.". */
  initialsAfter: boolean;
  lexicon: Lexicon;
}

export interface TypingRule {
  name: string;
  type: EntityType;
  weight: number;
  why: string;
  applies(mention: MentionContext): boolean;
}

const ALL_CAPS = /^[\p{Lu}\d&]{2,}$/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const PLURAL_HONORIFICS = new Set(['MM.', 'MM', 'Mmes', 'Mlles', 'Messieurs', 'Mesdames']);
const LIST_WORDS = new Set(['et', 'ou']);
/** "Louis XIV", "Philippe II": a first name and a regnal number name a sovereign. */
const REGNAL_NUMBER = /^[IVXL]{1,6}$/u;
/** Connectors of place and shop names, not of people's: "des Champs-Élysées", "de la Défense". */
const PLACE_CONNECTORS = new Set(['des', 'la', 'les', 'l', 'du']);
const ARTICLES = new Set(['Le', 'La', 'Les', 'L’', "L'"]);
/** Lower-case letters then a capital inside one word. */
const BRAND_SHAPE = /^\p{L}*\p{Ll}\p{Lu}\p{L}*$/u;
/** Family-name and place-name prefixes that put a capital inside a word. */
const NAME_PREFIX = /^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O’|O')\p{Lu}/u;

const nearest = (mention: MentionContext, count: number) => mention.beforeKeys.slice(-count);
/** The two words before the name, nearest last ('' where there is none). */
const lastTwo = (mention: MentionContext): [string, string] => [
  mention.beforeKeys[mention.beforeKeys.length - 2] ?? '',
  mention.beforeKeys[mention.beforeKeys.length - 1] ?? ''
];
const isPlace = (mention: MentionContext) => {
  const name = mention.words.join(' ');
  return mention.lexicon.isPlaceName(name) || isCountryName(name);
};

export const TYPING_RULES: readonly TypingRule[] = [
  {
    name: 'honorific',
    type: 'person',
    weight: 3,
    why: 'M., Mme, Dr, Me before a name, or before lower-case words then the name ("Mme veuve Duclos", "M. le substitut X", "MM. Blin et Bloch"): written with their capital, so "me" and "PR" are not honorifics',
    applies: (m) => {
      const at = m.before.findLastIndex((word) => HONORIFICS_CASED.has(word));
      if (at < 0) return false;
      const between = m.before.slice(at + 1);
      // "MM. Blin et Bloch": a plural honorific covers every name of its list.
      const listOfNames = PLURAL_HONORIFICS.has(m.before[at]) && between.every((word) => UPPER_INITIAL.test(word) || LIST_WORDS.has(word));
      return listOfNames || between.every((word) => !UPPER_INITIAL.test(word));
    }
  },
  {
    name: 'first-name',
    type: 'person',
    weight: 2,
    why: 'a first name from the world lists opens a name of two to four words ("Virgin des Champs-Élysées" is no one)',
    applies: (m) =>
      m.contentWords.length >= 2 &&
      m.contentWords.length <= 4 &&
      m.lexicon.isFirstName(m.words[0]) &&
      // "France Travail", "France Inter": a country and a common word name a body, though some are called
      // France (and Dominique is a country too: "Dominique Faucher" stays a person).
      !(isCountryName(m.words[0]) && isNounOrAdjective(m.contentWords[1], m.lexicon)) &&
      !m.contentWords.some((w) => ALL_CAPS.test(w) && !REGNAL_NUMBER.test(w)) &&
      !m.keys.some((key) => PLACE_CONNECTORS.has(key))
  },
  {
    name: 'unknown-words',
    type: 'person',
    weight: 0.75,
    why: 'two or three capitalised words no French or English dictionary knows ("Bola Tinubu", "Shehbaz Sharif", "Xi Jinping") are mostly a name from a tradition the first-name lists miss; brands borrow words ("Trip Advisor", "Allo Ciné")',
    applies: (m) =>
      m.words.length === m.contentWords.length &&
      m.words.length >= 2 &&
      m.words.length <= 3 &&
      m.words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !BRAND_SHAPE.test(word) && !isKnownWord(word, m.lexicon)) &&
      !m.keys.some((key) => ORGANIZATION_WORDS.has(key)) &&
      !isPlace(m)
  },
  {
    name: 'role-before',
    type: 'person',
    weight: 2,
    why: 'a role, rank or office just before: "le ministre X", "le général X", "le président chinois X"; not an acronym ("le député RN": the party)',
    applies: (m) => {
      if (m.words.length === 1 && ALL_CAPS.test(m.words[0])) return false;
      const [second, first] = lastTwo(m);
      // "le président chinois X", but not "se dirigeant sur X": "sur" is an adjective too, yet a stopword.
      // The lexicon is asked for the word as written: keys lose accents ("egyptien" is no word, "égyptien" is).
      const written = (m.before.at(-1) ?? '').toLowerCase();
      const adjectiveAfterRole =
        ROLE_WORDS.has(second) && !PREPOSITIONS_OF.has(first) && !m.lexicon.isStopword(written) && m.lexicon.entries(written).some((e) => e.pos === 'adjective');
      return ROLE_WORDS.has(first) || adjectiveAfterRole;
    }
  },
  {
    name: 'title-of',
    type: 'person',
    weight: 2.5,
    why: '"le comte de Pomereu", "le général de Miribel": a title or rank with a particle names a person, not where a role is held',
    applies: (m) => {
      const [second, first] = lastTwo(m);
      return (first === 'de' || first === 'd') && TITLES.has(second);
    }
  },
  {
    name: 'author-initials',
    type: 'person',
    weight: 2,
    why: '"Liang, J. (2020)": a surname followed by initials is an author in a reference',
    applies: (m) => m.initialsAfter
  },
  {
    name: 'role-apposition',
    type: 'person',
    weight: 1.5,
    why: '"X, ministre de…", "X, le maire": a role in apposition after the name',
    // Not after a preposition: in "À Paris, le directeur…" the comma closes where, and the role opens a clause.
    applies: (m) =>
      m.punctuationAfter === ',' && (ROLE_WORDS.has(m.after) || (ROLE_WORDS.has(m.appositive) && !PREPOSITIONS_BEFORE.has(m.beforeKeys.at(-1) ?? '')))
  },
  {
    name: 'speech-verb',
    type: 'person',
    weight: 1.5,
    why: 'a verb of saying right after: "X explique", "X affirme"',
    applies: (m) => SPEECH_VERBS.has(m.after)
  },
  {
    name: 'role-of',
    type: 'organization',
    weight: 2.5,
    why: '"PDG de X", "directeur chez X", "deux ingénieurs de X": what a role is held in is an organisation, unless it is a place ("maire de Lyon")',
    applies: (m) => {
      const [second, first] = lastTwo(m);
      // Plurals too ("ingénieurs de X"), but "les acteurs du secteur" are its players, not a troupe's actors.
      const plural = second.endsWith('s') && second !== 'acteurs' && ROLE_WORDS.has(second.slice(0, -1));
      const role = ROLE_WORDS.has(second) ? second : plural ? second.slice(0, -1) : '';
      return PREPOSITIONS_OF.has(first) && role !== '' && !TITLES.has(role) && !isPlace(m);
    }
  },
  {
    name: 'organization-word',
    type: 'organization',
    weight: 3,
    why: 'an organisation word inside the name: Université, Banque, Conseil, Groupe, Lab…',
    applies: (m) => m.contentWords.length >= 2 && m.keys.some((key) => ORGANIZATION_WORDS.has(key))
  },
  {
    name: 'institution-name',
    type: 'organization',
    weight: 2,
    why: '"le Sénat", "le Parlement", "la Commission": an institution word written with its capital inside a sentence is that institution',
    applies: (m) => m.words.length === 1 && INSTITUTION_HEADS.has(m.keys[0]) && /^\p{Lu}\p{Ll}/u.test(m.words[0])
  },
  {
    name: 'organization-cue',
    type: 'organization',
    weight: 3,
    why: 'a word before that announces an organisation: "chez X", "la société X", "des sites comme X", "aux éditions du X"',
    applies: (m) => {
      const [second, first] = lastTwo(m);
      // Through an example word or an article: "des sites comme X", "aux éditions du Pommier".
      return ORGANIZATION_CUES.has(first) || ((EXAMPLE_WORDS.has(first) || OF_ARTICLE_KEYS.has(first)) && ORGANIZATION_CUES.has(second));
    }
  },
  {
    name: 'nationality-before',
    type: 'organization',
    // Above a first name's vote: "General" is a first name somewhere in the world lists.
    weight: 2.5,
    why: '"l’américain General Catalyst", "le chinois Huawei": the press names a foreign company by its nationality in lower case, a person by a capitalised one ("l’Américain John Smith")',
    applies: (m) => {
      const nationality = m.before.at(-1) ?? '';
      return nationality === nationality.toLowerCase() && m.lexicon.isDemonym(nationality) && ARTICLE_KEYS.has(m.beforeKeys.at(-2) ?? '');
    }
  },
  {
    name: 'list-of-names',
    type: 'organization',
    weight: 0.5,
    why: 'names listed together ("Autolib, Vélib, BlaBla Car", "Trip Advisor ou Allo Ciné") are mostly brands; people and places have stronger cues of their own',
    // A list of towns is no list of brands: a gazetteer name keeps its own (weak) place vote.
    applies: (m) => m.inList && !(m.lexicon.isPlaceName(m.words.join(' ')) && !isCommonWordToo(m))
  },
  {
    name: 'title-article',
    type: 'organization',
    weight: 1.5,
    why: 'a capitalised article inside a sentence opens a title: "Le Monde", "Les Échos", "La Poste"',
    // "Le Havre", "La Rochelle": a town's name may open with an article too.
    applies: (m) => m.contentWords.length >= 1 && m.words.length >= 2 && ARTICLES.has(m.words[0]) && !m.lexicon.isPlaceName(m.words.join(' '))
  },
  {
    name: 'citation',
    type: 'organization',
    weight: 1.5,
    why: '", Le Seuil, 2012." in a reference names the publisher',
    applies: (m) => m.citation
  },
  {
    name: 'periodical',
    type: 'organization',
    weight: 1.5,
    why: '"Administrative Science Quarterly, 44(2)": in a reference, the title before a volume and issue is the journal',
    applies: (m) => m.periodical
  },
  {
    name: 'acronym',
    type: 'organization',
    weight: 1,
    why: 'an acronym of three to six letters (ONU, OCDE, SABRE, CFE-CGC) names a body, unless the lexicon spells it out as a common noun (SAV, PDG, TGV)',
    applies: (m) => m.words.length === 1 && ACRONYM.test(m.words[0]) && !isCommonAbbreviation(m.words[0], m.lexicon)
  },
  {
    name: 'brand-shape',
    type: 'organization',
    weight: 1.5,
    why: 'a capital inside a word after lower-case letters (EgyptAir, PayPal, iPad, LinkedIn) is how brands are written, not towns or people (Mc, Mac, De, La, Le prefixes aside: McAllen, DeKalb, LaSalle)',
    applies: (m) => m.contentWords.length === 1 && BRAND_SHAPE.test(m.contentWords[0]) && !NAME_PREFIX.test(m.contentWords[0])
  },
  {
    name: 'country',
    type: 'place',
    weight: 3,
    why: 'a country or region name in French or English (CLDR)',
    applies: (m) => isCountryName(m.words.join(' '))
  },
  {
    name: 'gazetteer',
    type: 'place',
    weight: 0.75,
    why: 'a town, département or region of the gazetteer; weak alone, since brands share town names',
    applies: (m) => m.lexicon.isPlaceName(m.words.join(' ')) && !isCommonWordToo(m)
  },
  {
    name: 'gazetteer-common-word',
    type: 'place',
    weight: 0.5,
    why: 'a place whose name is also a common word ("Bordeaux", "Orange", "Nice") is less surely a place; any cue of a brand outweighs it',
    applies: (m) => m.lexicon.isPlaceName(m.words.join(' ')) && isCommonWordToo(m)
  },
  {
    name: 'place-word',
    type: 'place',
    weight: 3,
    why: '"la région Occitanie", "la ville de Lyon", "le département de l’Aude", "le fleuve Tage": a word for a place names one',
    applies: (m) => PLACE_WORDS.has(wordBeforeParticles(m))
  },
  {
    name: 'definite-article',
    type: 'place',
    weight: 1,
    why: '"la Seine", "le Tage", "du Wurtemberg", "des Basses-Alpes": French gives rivers, regions and mountains an article, people and most companies none; not a short word the lexicon does not know ("l’Insee", "la Cnil" abbreviate bodies), nor a common word ("la Transition écologique"), nor a source ("selon la Dares")',
    applies: (m) =>
      m.contentWords.length === 1 &&
      m.words.length === 1 &&
      !ALL_CAPS.test(m.words[0]) &&
      (m.lexicon.entries(m.words[0]).some((e) => e.pos === 'properNoun') ||
        (!isCommonWordToo(m) && (m.words[0].length > ABBREVIATED_BODY_LENGTH || m.words[0].includes('-')))) &&
      m.beforeKeys.at(-2) !== 'selon' &&
      !BRAND_SHAPE.test(m.words[0]) &&
      !INSTITUTION_HEADS.has(m.keys[0]) &&
      !ORGANIZATION_WORDS.has(m.keys[0]) &&
      DEFINITE_ARTICLES.has(m.before.at(-1) ?? '')
  },
  {
    name: 'place-preposition',
    type: 'place',
    weight: 1,
    why: '"à X", "en X", "au X", "depuis X" before a one-word name mostly introduce a place',
    applies: (m) => m.contentWords.length === 1 && nearest(m, 1).some((key) => PLACE_PREPOSITIONS.has(key))
  },
];

/** The vote when no rule applies. */
export const NO_CUE: TypingRule = {
  name: 'no-cue',
  type: 'organization',
  weight: 0.3,
  why: 'a capitalised name with no cue in an article is more often a company or brand than a person; weakly',
  applies: () => true
};

const ARTICLE_KEYS = new Set(['le', 'la', 'les', 'l']);
/** ONU, OCDE, and the hyphenated ones: CFE-CGC, PS-PP. */
const ACRONYM = /^(?:\p{Lu}{3,6}|\p{Lu}{2,5}(?:-\p{Lu}{2,5})+)$/u;
/** "de", alone or with an article, between an organisation word and its name: "aux éditions du Pommier", "la filiale de Dassault Systèmes". */
const OF_ARTICLE_KEYS = new Set(['du', 'des', 'de', 'd']);
/** Bodies French abbreviates into one capitalised word are short: Insee, Inrae, Cnil, Medef, Urssaf. */
const ABBREVIATED_BODY_LENGTH = 6;
/**
 * Definite articles and their contractions with "de" and "à", as written: lower case, so not a title's "Le";
 * not as keys, which would take "dès" and "là" for "des" and "la".
 */
const DEFINITE_ARTICLES = new Set(['le', 'la', 'les', 'l’', "l'", 'du', 'des', 'au', 'aux']);

/** Words for a kind of place, before its name. */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'region|regions|ville|villes|departement|departements|commune|communes|village|villages|province|provinces|' +
    'pays|capitale|fleuve|fleuves|riviere|rivieres|canton|cantons|arrondissement|agglomeration|metropole|' +
    'quartier|quartiers|bourg|faubourg|vallee|lac|mont|massif|ile|iles|port|prefecture|etat|emirat|royaume'
  ).split('|')
);
const PLACE_PARTICLES = new Set(['de', 'd', 'du', 'des', 'la', 'le', 'l', 'les']);

/** The word before the name once "de", "du", "l’" are passed over: "département" in "le département de l’Aude". */
function wordBeforeParticles(m: MentionContext): string {
  let at = m.beforeKeys.length - 1;
  while (at >= 0 && PLACE_PARTICLES.has(m.beforeKeys[at])) at -= 1;
  return at >= 0 && at >= m.beforeKeys.length - 3 ? m.beforeKeys[at] : '';
}

/** Words that introduce examples between a cue and the name: "des sites comme X". */
const EXAMPLE_WORDS = new Set(['comme', 'tel', 'telle', 'tels', 'telles', 'notamment', 'dont']);

/** A noun or adjective the lexicon knows: what makes a title-cased phrase a term ("Design Thinking"). */
export function isNounOrAdjective(word: string, lexicon: Lexicon): boolean {
  return lexicon.entries(word.toLowerCase()).some((entry) => entry.pos === 'noun' || entry.pos === 'adjective');
}

/** A word some dictionary has, as anything but a proper noun, or a place or country name. */
function isKnownWord(word: string, lexicon: Lexicon): boolean {
  return (
    lexicon.entries(word.toLowerCase()).length > 0 ||
    lexicon.isEnglishWord(word) ||
    lexicon.isPlaceName(word) ||
    isCountryName(word)
  );
}

function isCommonWordToo(m: MentionContext): boolean {
  return m.words.length === 1 && m.lexicon.entries(m.words[0].toLowerCase()).some((entry) => entry.pos !== 'properNoun');
}

/** Rules that do not say what a name is, only what it might be: the no-cue vote still counts beside them. */
const WEAK_RULES: ReadonlySet<string> = new Set(['gazetteer', 'gazetteer-common-word', 'list-of-names', 'unknown-words', NO_CUE.name]);

/** Whether any vote says what the name is, beyond the weak rules (gazetteer alone, a list, no cue). */
export function isCued(votes: readonly TypeVote[]): boolean {
  return votes.some((vote) => !WEAK_RULES.has(vote.rule));
}

/** "SAV" → "service après-vente", "PDG" → "PDG": an abbreviation the lexicon knows as a common noun and no proper one. */
export function isCommonAbbreviation(word: string, lexicon: Lexicon): boolean {
  const entries = lexicon.entries(word);
  // "ONU" is a proper noun as well as the common noun "O.N.U.": the body it abbreviates.
  if (entries.some((entry) => entry.pos === 'properNoun')) return false;
  // The plain word in capitals ("SABRE", "sabre") is a shout or a name, not an abbreviation.
  return entries.some((entry) => entry.pos === 'noun' && (entry.lemma.toLowerCase() !== word.toLowerCase() || entry.lemma === word));
}

/** Titles and ranks whose "de" is a name's particle: "le comte de Pomereu", "le général de Gaulle". */
// Joined before the split: `'a|' + 'b'.split('|')` would split only the last literal.
const TITLES: ReadonlySet<string> = new Set(
  (
    'comte|comtesse|vicomte|vicomtesse|baron|baronne|marquis|marquise|duc|duchesse|prince|princesse|chevalier|' +
    'general|marechal|amiral|colonel|capitaine|lieutenant|commandant|mgr|monseigneur|abbe|pere|soeur|frere|dom'
  ).split('|')
);

/** Prepositions before a name: what makes the phrase an adverbial, not a subject with its apposition. */
const PREPOSITIONS_BEFORE = new Set(['a', 'en', 'de', 'd', 'du', 'des', 'au', 'aux', 'dans', 'par', 'pour', 'sur', 'sous', 'chez', 'avec', 'selon', 'vers', 'entre', 'depuis']);

/** "de", "du", "des", "d’", "chez", "à": what links a role to where it is held. */
const PREPOSITIONS_OF = new Set(['de', 'du', 'des', 'd', 'chez', 'a', 'au', 'aux', 'pour']);

export interface TypeVote {
  rule: string;
  type: EntityType;
  weight: number;
}

/** The votes of one mention. */
export function voteOnType(mention: MentionContext): TypeVote[] {
  const rules = TYPING_RULES.filter((rule) => rule.applies(mention));
  const cued = rules.some((rule) => !WEAK_RULES.has(rule.name));
  return (cued ? rules : [...rules, NO_CUE]).map((rule) => ({ rule: rule.name, type: rule.type, weight: rule.weight }));
}
