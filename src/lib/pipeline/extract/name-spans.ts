/**
 * Capitalised names in one sentence, each with what its context says it is.
 *
 * A run of capitalised words (with connectors such as "de", "du", "l’" inside) is a name candidate. Role
 * words and honorifics at its edges are cut off and kept as cues; a capitalised word that opens a sentence
 * only counts when the lexicon does not know it as a common word ("Amazon a changé…", not "Pourtant…").
 * Each span gets a reading with a confidence; the corpus-wide vote happens in `entities.ts`.
 */
import type { Lexicon, Token } from '../types';
import { HONORIFICS, INSTITUTION_HEADS, NAME_CONNECTORS, ORGANIZATION_WORDS, ROLE_WORDS, WORK_CUES, isCountryName, wordKey } from './name-cues';
import { ENGLISH_ONLY_STOPWORDS } from '../lexicon/stopwords-fr';
import { CODE_LIKE } from './word-class';
import { isCommonAbbreviation, isCued, isNounOrAdjective, NO_CUE, TYPING_RULES, voteOnType, type MentionContext, type TypeVote } from './typing-rules';

const LIST_RULE = TYPING_RULES.find((rule) => rule.name === 'list-of-names')!;
const LIST_VOTE: TypeVote = { rule: LIST_RULE.name, type: LIST_RULE.type, weight: LIST_RULE.weight };
const NO_CUE_VOTE: TypeVote = { rule: NO_CUE.name, type: NO_CUE.type, weight: NO_CUE.weight };

/**
 * What a span's form says: a name to type by votes over the corpus, a title-cased term, a work's title, a
 * lone first name (joined later to the person of that name), or nothing to keep.
 */
export const NAME_READINGS = ['name', 'concept', 'work', 'firstName', 'other'] as const;
export type NameReading = (typeof NAME_READINGS)[number];

export interface NameSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  words: string[];
  reading: NameReading;
  /** For a name: what each typing rule that applies votes for (typing-rules.ts). */
  votes: TypeVote[];
  /** A role word next to the name ("PDG", "Professeur"), kept for relations. */
  role: string | null;
}

const UPPER_START = /^\p{Lu}/u;
// eBay, iPhone; a longer lower-case start is two words glued by a lost space ("dansPetite").
/** "iPad", "eBay", and the Arabic article before a surname: "al-Sissi", "el-Baradei". */
const INNER_UPPER = /^(?:\p{Ll}{1,2}|(?:al|el|ad|ar|as|at|az|ash)-)\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d&]{2,}$/u;
const RELATIVE_PRONOUNS = new Set(['qui', 'dont', 'où']);

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** "Météo-France", "Prentice-Hall": every part capitalised makes one compound name, whatever its parts mean. */
const CAPITALISED_COMPOUND = /^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)+$/u;

function isCommonWord(word: string, lexicon: Lexicon): boolean {
  // "Achetez-vous", "Faites-vous": a verb with its pronoun is known by its first part.
  const lower = word.toLowerCase();
  if (CAPITALISED_COMPOUND.test(word)) return lexicon.isStopword(lower) || lexicon.entries(lower).some((entry) => entry.pos !== 'properNoun');
  const parts = lower.split('-');
  return [lower, parts[0], parts[parts.length - 1]].some((form) => lexicon.isStopword(form) || lexicon.entries(form).some((entry) => entry.pos !== 'properNoun'));
}



function looksLikeName(tokens: readonly Token[], index: number, sentenceStart: number, lexicon: Lexicon, knownNames: ReadonlySet<string>): boolean {
  const token = tokens[index];
  if (!isWord(token)) return false;
  const text = token.text;
  if (!(UPPER_START.test(text) || INNER_UPPER.test(text)) || CODE_LIKE.test(text)) return false;
  // A role opens no name ("Président", "Général"), but the English spelling does: "General Catalyst", "General Motors".
  if (ROLE_WORDS.has(wordKey(text)) && (ALL_CAPS.test(text) || lexicon.entries(text.toLowerCase()).length > 0)) return false;
  if (HONORIFICS.has(wordKey(text))) return false;
  if (index !== sentenceStart) return !(ALL_CAPS.test(text) && text.length > 6 && isCommonWord(text, lexicon));
  // At a sentence start a capital says nothing: keep names the corpus writes capitalised elsewhere ("Carrefour,
  // où…"), words no lexicon knows as common, French or English ("According", "Customer" are not names), or
  // first names followed by another capitalised word.
  if (knownNames.has(wordKey(text))) return true;
  if (opensInstitutionName(tokens, index) || opensPeriodicalTitle(tokens, index)) return true;
  if (lexicon.isFirstName(text) && UPPER_START.test(tokens[index + 1]?.text ?? '')) return true;
  // "Airbus, qui négocie…": a French noun opens a sentence with its determiner, so a word the lexicon also
  // knows as a proper name, bare and followed by a relative clause, is that name.
  if (tokens[index + 1]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[index + 2]?.text.toLowerCase() ?? '') && lexicon.entries(text).some((entry) => entry.pos === 'properNoun')) {
    return true;
  }
  return !isCommonWord(text, lexicon) && !lexicon.isEnglishWord(text);
}

/**
 * "Ministère de l’Agriculture…", "National Bureau of Economic Research": at a sentence start (a reference list
 * opens each entry with its author), an organisation word followed by its capitalised complement, or a word
 * followed straight by a capitalised run holding one, opens that organisation's name. "Pour la Banque" stays
 * out: the opening word must be the organisation word itself when a connector comes between.
 */
function opensInstitutionName(tokens: readonly Token[], index: number): boolean {
  const capitalised = (i: number) => isWord(tokens[i]) && UPPER_START.test(tokens[i].text) && !CODE_LIKE.test(tokens[i].text);
  const organisational = (i: number) => ORGANIZATION_WORDS.has(wordKey(tokens[i].text));
  // "Le Journal de Rouen", "L’Université de…": the article opens the sentence, the name starts after it.
  if (NAME_CONNECTORS.has(wordKey(tokens[index].text))) return false;
  let k = index + 1;
  let connectors = 0;
  while (isWord(tokens[k]) && NAME_CONNECTORS.has(wordKey(tokens[k].text)) && connectors < 2) {
    k += 1;
    connectors += 1;
  }
  if (!capitalised(k)) return false;
  if (connectors > 0) return organisational(index);
  for (let i = index; i < index + 6 && i < tokens.length && (capitalised(i) || (isWord(tokens[i]) && NAME_CONNECTORS.has(wordKey(tokens[i].text)))); i++) {
    if (capitalised(i) && organisational(i)) return true;
  }
  return false;
}

/** ", 44(2)" after token `last`: a volume and its issue, as a reference gives them after a journal's title. */
function beforeVolume(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'number' && tokens[last + 3]?.text === '(' && tokens[last + 4]?.kind === 'number';
}

/**
 * A reference's journal opens the sentence after the article's title: "Administrative Science Quarterly,
 * 44(2)". A run of capitalised words (connectors between) from the sentence start to a volume is its title.
 */
function opensPeriodicalTitle(tokens: readonly Token[], index: number): boolean {
  const inTitle = (i: number) => isWord(tokens[i]) && (UPPER_START.test(tokens[i].text) || NAME_CONNECTORS.has(wordKey(tokens[i].text)) || tokens[i].text === 'and');
  let end = index;
  while (end + 1 < tokens.length && end - index < 8 && inTitle(end + 1)) end += 1;
  return UPPER_START.test(tokens[end].text) && beforeVolume(tokens, end);
}

/** What the whole corpus says about its capitalised words, gathered before any sentence is read. */
export interface CorpusNames {
  /** Keys of capitalised words used as names inside sentences (see `collectKnownNames`). */
  known: ReadonlySet<string>;
  /** Acronyms the corpus uses as common nouns (see `collectCommonAcronyms`). */
  commonAcronyms: ReadonlySet<string>;
}

export function collectCorpusNames(sentences: readonly (readonly Token[])[], lexicon: Lexicon): CorpusNames {
  const known = new Set<string>();
  for (const tokens of sentences) collectKnownNames(tokens, lexicon, known);
  return { known, commonAcronyms: collectCommonAcronyms(sentences) };
}

const PLURAL_DETERMINERS = new Set(['les', 'des', 'aux', 'ces', 'nos', 'vos', 'leurs', 'mes', 'tes', 'ses']);
const SINGULAR_DETERMINERS = new Set(['le', 'la', 'l', 'du', 'au', 'un', 'une', 'ce', 'cette']);
const SHORT_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "les RH", "des PME", "aux DRH": an acronym the texts put after a plural determiner, and never after a singular
 * one, is a common noun (a kind of thing or of people), not one body: a body is "la CGT", "l’ONU", "le PS". A
 * country ("les USA") stays a country.
 */
function collectCommonAcronyms(sentences: readonly (readonly Token[])[]): Set<string> {
  const plural = new Set<string>();
  const singular = new Set<string>();
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      if (!SHORT_ACRONYM.test(tokens[i].text) || tokens[i - 1].kind !== 'word') continue;
      const determiner = wordKey(tokens[i - 1].text).replace(/’$/u, '');
      if (PLURAL_DETERMINERS.has(determiner)) plural.add(tokens[i].text);
      else if (SINGULAR_DETERMINERS.has(determiner)) singular.add(tokens[i].text);
    }
  }
  return new Set([...plural].filter((acronym) => !singular.has(acronym) && !isCountryName(acronym)));
}

/**
 * Capitalised words a text uses as names inside its sentences, where a capital means something: at a sentence
 * start the same word is then read as that name too.
 */
function collectKnownNames(tokens: readonly Token[], lexicon: Lexicon, into: Set<string>): void {
  const sentenceStart = firstWordIndex(tokens);
  for (let i = sentenceStart + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || !UPPER_START.test(token.text) || CODE_LIKE.test(token.text)) continue;
    // Only after a word is a capital telling: after a number, a colon or a quote it may open a heading.
    if (tokens[i - 1]?.kind !== 'word') continue;
    const afterFirstName = lexicon.isFirstName(tokens[i - 1].text) && UPPER_START.test(tokens[i - 1].text);
    // A surname after a first name ("Henri Marchand") is a name even where it is a common word alone ("Selon Marchand").
    if (afterFirstName || !isCommonWord(token.text, lexicon) || lexicon.entries(token.text).some((entry) => entry.pos === 'properNoun')) {
      into.add(wordKey(token.text));
    }
  }
}

/**
 * "Banque mondiale", "Conseil constitutionnel", "Cour des comptes": an institution word takes the lower-case
 * adjectives after it (at most two), or one "de/des/du" complement, into its name. Returns the new last token.
 */
function extendInstitution(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon, claimed: readonly boolean[]): number {
  if (first !== last || !INSTITUTION_HEADS.has(wordKey(tokens[first].text))) return last;
  const usable = (i: number) => isWord(tokens[i]) && !claimed[i];
  const isLower = (i: number, pos: 'adjective' | 'noun') =>
    usable(i) &&
    /^\p{Ll}/u.test(tokens[i].text) &&
    lexicon.entries(tokens[i].text).some((entry) => entry.pos === pos || (pos === 'adjective' && isRelationalNoun(tokens[i].text, entry.pos)));
  const isNamePart = (i: number) => usable(i) && UPPER_START.test(tokens[i].text);
  let end = last;
  // At most three steps: "Compagnie | des chemins | de fer | de l’Ouest", "Banque | africaine | de développement".
  for (let step = 0; step < 3; step++) {
    let k = end;
    while (k - end < 2 && isLower(k + 1, 'adjective')) k += 1;
    if (k > end) {
      end = k;
      continue;
    }
    if (!usable(end + 1) || !/^(des|du|de|d’|d')$/u.test(tokens[end + 1].text)) break;
    let j = end + 2;
    if (tokens[j]?.text === 'la' || tokens[j]?.text === 'l’' || tokens[j]?.text === "l'") j += 1;
    if (!isLower(j, 'noun') && !isNamePart(j)) break;
    end = j;
    // "des ponts et chaussées", "des arts et métiers"
    if (tokens[end + 1]?.text === 'et' && isLower(end + 2, 'noun')) end += 2;
  }
  return end;
}

/**
 * "École polytechnique", "Institut océanographique": the lexicon lists some relational adjectives in -ique as
 * nouns only; after an institution word they qualify it.
 */
function isRelationalNoun(word: string, pos: string): boolean {
  return pos === 'noun' && /iques?$/u.test(word);
}

const COMPLEMENT_PARTICLES = new Set(['de', 'du', 'des', 'd’', "d'"]);

function canBeAdjective(word: string, lexicon: Lexicon): boolean {
  return lexicon.entries(word.toLowerCase()).some((entry) => entry.pos === 'adjective');
}
const ARTICLES_AFTER_DE = new Set(['la', 'l’', "l'"]);

/**
 * "ministère des Affaires étrangères", "musée du Temps", "chambre de commerce de Lyon", "chambre de commerce et
 * d’industrie de Nantes": French writes an institution's head word in lower case before its capitalised
 * complement, with up to three lower-case nouns between, each after its particle. Returns where the name
 * starts: the head word's index, or `first` when no head word stands before.
 */
function institutionHeadBefore(tokens: readonly Token[], first: number, claimed: readonly boolean[], lexicon: Lexicon): number {
  const lowerWord = (i: number) => i >= 0 && isWord(tokens[i]) && !claimed[i] && /^\p{Ll}/u.test(tokens[i].text);
  /** The particle ("de", "de la", "et d’") before token `i`, as the index of its first token, or -1. */
  const particleBefore = (i: number) => {
    let k = i - 1;
    if (k >= 0 && ARTICLES_AFTER_DE.has(tokens[k].text)) k -= 1;
    if (k < 0 || !COMPLEMENT_PARTICLES.has(tokens[k].text) || claimed[k]) return -1;
    if (k > 0 && tokens[k - 1].text === 'et' && !claimed[k - 1]) k -= 1;
    return k;
  };
  let k = particleBefore(first);
  // The capitalised complement itself takes no "et": "la CCI et de Lyon" is no name.
  if (k === -1 || tokens[k].text === 'et') return first;
  for (let noun = 0; noun <= 3; noun++) {
    let head = k - 1;
    // "le tribunal administratif de Bordeaux", "le conseil régional des Pays de la Loire": adjectives of the head.
    for (let adjectives = 0; adjectives < 2 && lowerWord(head - 1) && canBeAdjective(tokens[head].text, lexicon); adjectives++) {
      if (INSTITUTION_HEADS.has(wordKey(tokens[head - 1].text))) return head - 1;
      head -= 1;
    }
    head = k - 1;
    if (!lowerWord(head)) return first;
    if (INSTITUTION_HEADS.has(wordKey(tokens[head].text))) return head;
    k = particleBefore(head);
    if (k === -1) return first;
  }
  return first;
}

/**
 * After an institution's name, what still belongs to it: "et d’Archéologie" (musée des Beaux-Arts et
 * d’Archéologie), "et de la Souveraineté alimentaire", "unies" (Organisation des Nations unies), and a
 * railway's "à Orléans" (Compagnie des chemins de fer de Paris à Orléans). Returns the new last token.
 */
function extendInstitutionComplements(tokens: readonly Token[], last: number, lexicon: Lexicon, claimed: readonly boolean[]): number {
  const capitalised = (i: number) => isWord(tokens[i]) && !claimed[i] && UPPER_START.test(tokens[i].text);
  let end = extendWithAdjectives(tokens, last, lexicon, claimed);
  for (let step = 0; step < 3; step++) {
    let k = end + 1;
    if (tokens[k]?.text === 'et' && COMPLEMENT_PARTICLES.has(tokens[k + 1]?.text ?? '')) {
      k += 2;
      if (ARTICLES_AFTER_DE.has(tokens[k]?.text ?? '')) k += 1;
    } else if (tokens[k]?.text === 'à' && capitalised(end) && COMPLEMENT_PARTICLES.has(tokens[end - 1]?.text ?? '')) {
      k += 1;
    } else break;
    if (!capitalised(k) || claimed.slice(end + 1, k).some(Boolean)) break;
    end = extendWithAdjectives(tokens, k, lexicon, claimed);
  }
  return end;
}

function hasInstitutionHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (INSTITUTION_HEADS.has(wordKey(tokens[i].text))) return true;
  return false;
}

/** "Affaires étrangères", "Travaux publics": up to two lower-case adjectives close an institution's complement. */
function extendWithAdjectives(tokens: readonly Token[], last: number, lexicon: Lexicon, claimed: readonly boolean[]): number {
  let end = last;
  while (
    end - last < 2 &&
    isWord(tokens[end + 1]) &&
    !claimed[end + 1] &&
    /^\p{Ll}/u.test(tokens[end + 1].text) &&
    lexicon.entries(tokens[end + 1].text).some((entry) => entry.pos === 'adjective') &&
    !lexicon.isStopword(tokens[end + 1].text)
  ) {
    end += 1;
  }
  return end;
}

/** Where a sentence's first word stands: list numbers and quotes before it ("1/ Customer centricity") do not count. */
function firstWordIndex(tokens: readonly Token[]): number {
  const index = tokens.findIndex((token) => token.kind === 'word');
  return index === -1 ? tokens.length : index;
}

/** Finds the name spans of a sentence. `claimed` marks tokens already taken (e.g. by curated terms). */
export function findNameSpans(
  tokens: readonly Token[],
  lexicon: Lexicon,
  claimed: readonly boolean[],
  corpus: CorpusNames = { known: new Set(), commonAcronyms: new Set() }
): NameSpan[] {
  const knownNames = corpus.known;
  const spans: NameSpan[] = [];
  const sentenceStart = firstWordIndex(tokens);
  const isName = (i: number) => !claimed[i] && looksLikeName(tokens, i, sentenceStart, lexicon, knownNames);
  let i = 0;
  while (i < tokens.length) {
    if (!isName(i)) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length && !claimed[j]) {
      if (isName(j)) {
        last = j++;
        continue;
      }
      // Connectors only inside a name: "Académie du Service", "Editions de l’Aube".
      let k = j;
      while (k < tokens.length && isWord(tokens[k]) && NAME_CONNECTORS.has(wordKey(tokens[k].text)) && k - j < 2) k++;
      if (k > j && isName(k)) {
        last = k;
        j = k + 1;
        continue;
      }
      // A number after an organisation word: "Université Grenoble 3".
      if (tokens[j].kind === 'number' && tokens.slice(i, j).some((t) => ORGANIZATION_WORDS.has(wordKey(t.text)))) {
        last = j++;
        continue;
      }
      break;
    }
    const first = Math.max(institutionHeadBefore(tokens, i, claimed, lexicon), spans.length > 0 ? spans[spans.length - 1].last + 1 : 0);
    last = first < i ? extendWithAdjectives(tokens, last, lexicon, claimed) : extendInstitution(tokens, i, last, lexicon, claimed);
    if (hasInstitutionHead(tokens, first, last)) last = extendInstitutionComplements(tokens, last, lexicon, claimed);
    const { acronyms, start } = leadingAcronyms(tokens, first, last, lexicon);
    for (const acronym of acronyms) spans.push(readSpan(tokens, acronym, acronym, lexicon, corpus));
    spans.push(readSpan(tokens, start, last, lexicon, corpus));
    i = last + 1;
  }
  return nameListedTerms(tokens, spans, lexicon);
}

/**
 * "Autolib, Vélib, BlaBla Car", "des sites comme Trip Advisor ou Allo Ciné": a title-cased phrase listed next
 * to a name is a name too, although its words are common ("car", "ciné"). Lists of terms alone ("Design
 * Thinking, Deep Dive, Open Space") stay terms.
 */
function nameListedTerms(tokens: readonly Token[], spans: NameSpan[], lexicon: Lexicon): NameSpan[] {
  const joined = (a: NameSpan, b: NameSpan) => b.first === a.last + 2 && LIST_JOINERS.has(tokens[a.last + 1].text);
  const isName = (span: NameSpan) =>
    span.reading === 'name' && (isCued(span.votes) || span.words.every((word) => !isCommonWord(word, lexicon)));
  for (let start = 0; start < spans.length; ) {
    let end = start;
    while (end + 1 < spans.length && joined(spans[end], spans[end + 1])) end += 1;
    const run = spans.slice(start, end + 1);
    if (run.length > 1 && run.some(isName)) {
      for (let k = start; k <= end; k++) {
        if (spans[k].reading === 'concept') spans[k] = { ...spans[k], reading: 'name', votes: [LIST_VOTE, NO_CUE_VOTE] };
      }
    }
    start = end + 1;
  }
  return spans;
}

const YEAR = /^(1[5-9]|20)\d\d$/u;

/**
 * Acronyms that open a run of capitalised words without belonging to the name after them: "R&D de l’Académie
 * du Service", "LFI de l’Aude", "RN Frédéric Maury" (a party's acronym before a first name). Each is a name
 * of its own. Returns their token indices and where the name proper starts.
 */
function leadingAcronyms(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): { acronyms: number[]; start: number } {
  const acronyms: number[] = [];
  while (first < last && ALL_CAPS.test(tokens[first].text) && NAME_CONNECTORS.has(wordKey(tokens[first + 1].text))) {
    acronyms.push(first);
    first += 1;
    while (first < last && NAME_CONNECTORS.has(wordKey(tokens[first].text))) first += 1;
  }
  if (first < last && ALL_CAPS.test(tokens[first].text) && lexicon.isFirstName(tokens[first + 1].text)) acronyms.push(first++);
  return { acronyms, start: first };
}

function readSpan(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon, corpus: CorpusNames): NameSpan {
  // "Perrin T" in a reference: the initial after a surname is not part of it.
  if (first < last && /^\p{Lu}$/u.test(tokens[last].text)) last -= 1;
  const words = tokens.slice(first, last + 1).map((token) => token.text);
  const keys = words.map(wordKey);
  const before = previousWords(tokens, first, 3);
  const beforeKeys = before.map(wordKey);
  const next = tokens[last + 1];
  const after = next?.kind === 'word' ? wordKey(next.text) : '';
  const role = [...beforeKeys].reverse().find((word) => ROLE_WORDS.has(word)) ?? null;
  const span = (reading: NameReading, votes: TypeVote[] = []): NameSpan => ({ first, last, words, reading, votes, role });
  const contentWords = words.filter((_, index) => !NAME_CONNECTORS.has(keys[index]));
  const stopwordsOnly = contentWords.every((word) => lexicon.isStopword(word.toLowerCase()));
  const acronyms = contentWords.filter((word) => ALL_CAPS.test(word)).length;

  // What the span's own form says, before any vote on its type.
  if (contentWords.length === 0 || stopwordsOnly) return span('other');
  const organisational = keys.some((key) => ORGANIZATION_WORDS.has(key));
  const startsWithFirstName = lexicon.isFirstName(words[0]);
  // "Digital Transformation Practice Leader": a capitalised phrase right before a role word is the role's title.
  if (ROLE_WORDS.has(after) && next?.text !== ',' && !organisational && !startsWithFirstName) return span('other');
  if (beforeKeys.some((word) => WORK_CUES.has(word))) return span('work');
  // Shouting ("ADN NUMERIQUE") is emphasis, not a name.
  if (acronyms === contentWords.length && contentWords.length >= 2) return span('other');
  const citation = tokens[first - 1]?.text === ',' && next?.text === ',' && YEAR.test(tokens[last + 2]?.text ?? '');
  const context: MentionContext = {
    words,
    keys,
    before,
    beforeKeys,
    after,
    punctuationAfter: next?.kind === 'punct' ? next.text : '',
    contentWords,
    citation,
    periodical: beforeVolume(tokens, last),
    inList: listedWithNames(tokens, first, last),
    initialsAfter: followedByInitials(tokens, last),
    appositive: appositiveAfter(tokens, last),
    lexicon
  };
  // "Governing the Commons", "Economy and Space" in a reference: English words title-cased in an English title
  // (the journal's title before its volume aside).
  const englishWords =
    contentWords.every((word) => !ALL_CAPS.test(word) && lexicon.isEnglishWord(word)) ||
    (words.length === 1 && !ALL_CAPS.test(words[0]) && lexicon.entries(words[0]).length === 0 && !lexicon.isFirstName(words[0]));
  if (englishWords && !organisational && !context.periodical && inEnglishPhrase(tokens, first, last, lexicon)) return span('other');
  // "SAV", "R&D": an abbreviation the lexicon spells out as a common noun names a thing, not a body; so does
  // one the texts use as a common noun ("les RH").
  if (words.length === 1 && ALL_CAPS.test(words[0]) && (isCommonAbbreviation(words[0], lexicon) || corpus.commonAcronyms.has(words[0]))) {
    return span('concept');
  }
  const votes = voteOnType(context);
  const cued = isCued(votes);
  if (!cued && contentWords.length === 1 && startsWithFirstName) return span('firstName');
  // A title-cased phrase of common words with no cue is a term ("Design Thinking", "Moyen Âge").
  // English terms count too ("Supply Chain", "Deep Dive"): French articles borrow them title-cased.
  const termLike = contentWords.some((word) => isNounOrAdjective(word, lexicon)) || contentWords.every((word) => lexicon.isEnglishWord(word));
  // "Électricité de France", "Coop de France", "Aéroports de Paris", "France Travail": a capitalised name of a
  // place's something.
  const ofPlace = contentWords.some((word) => isCountryName(word)) || contentWords.slice(1).some((word) => lexicon.isPlaceName(word));
  if (!cued && !organisational && !ofPlace && contentWords.length >= 2 && termLike && !lexicon.isPlaceName(words.join(' '))) {
    return span('concept');
  }
  // "la Transformation", but not "avec Orange": a common word the lexicon also knows as a proper name stays a name.
  // The content word, not an article before it: "Le Caire" is no common word for its "Le".
  const head = contentWords[0];
  const properToo = lexicon.entries(head).some((entry) => entry.pos === 'properNoun') || corpus.known.has(wordKey(head));
  if (!cued && contentWords.length === 1 && isCommonWord(head, lexicon) && !properToo) return span('concept');
  return span('name', votes);
}

/** An English stopword no French word shares ("the", "and", "from", not "on" or "a") right before or after. */
function inEnglishPhrase(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  const english = (token: Token | undefined) => {
    if (token === undefined || token.kind !== 'word' || token.text !== token.text.toLowerCase()) return false;
    return ENGLISH_ONLY_STOPWORDS.has(token.text) && lexicon.entries(token.text).length === 0;
  };
  return english(tokens[first - 1]) || english(tokens[last + 1]);
}

const APPOSITION_ARTICLES = new Set(['le', 'la', 'l’', "l'", 'les', 'un', 'une', 'son', 'sa', 'notre', 'leur']);

/** "Dominique Faucher, le maire": the word after the comma, past an article. */
function appositiveAfter(tokens: readonly Token[], last: number): string {
  if (tokens[last + 1]?.text !== ',') return '';
  let k = last + 2;
  if (isWord(tokens[k]) && APPOSITION_ARTICLES.has(tokens[k].text.toLowerCase())) k += 1;
  return isWord(tokens[k]) ? wordKey(tokens[k].text) : '';
}

const LIST_JOINERS = new Set([',', 'ou', 'et', ';']);
const INITIAL = /^\p{Lu}\.?$/u;

/** "Liang, J." or "Martin P.," : initials after a surname, as references give authors. */
function followedByInitials(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === ',') k += 1;
  return INITIAL.test(tokens[k]?.text ?? '') && (tokens[k]?.text.endsWith('.') || tokens[k + 1]?.text === '.' || tokens[k + 1]?.text === ',');
}

/** A capitalised word on the other side of a list joiner, before or after the span: "Autolib, Vélib, BlaBla Car". */
function listedWithNames(tokens: readonly Token[], first: number, last: number): boolean {
  const capitalised = (token: Token | undefined) => token !== undefined && token.kind === 'word' && (UPPER_START.test(token.text) || INNER_UPPER.test(token.text));
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return (
    (before !== undefined && LIST_JOINERS.has(before.text) && capitalised(tokens[first - 2])) ||
    (after !== undefined && LIST_JOINERS.has(after.text) && capitalised(tokens[last + 2]))
  );
}

/**
 * Up to `count` words before `index`, as written, nearest last; commas are skipped over, a bracket ends them:
 * in "des réunions hebdomadaires (Dupont, 2019)" the weekly is no cue of the author.
 */
function previousWords(tokens: readonly Token[], index: number, count: number): string[] {
  const words: string[] = [];
  for (let i = index - 1; i >= 0 && words.length < count; i--) {
    if (tokens[i].kind === 'word' || tokens[i].text === '.') {
      if (tokens[i].kind === 'word') words.unshift(tokens[i].text);
    } else if (tokens[i].text === ',') {
      continue;
    } else break;
  }
  return words;
}
