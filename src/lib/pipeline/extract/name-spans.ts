/**
 * Capitalised names in one sentence, each with what its context says it is.
 *
 * A run of capitalised words (with connectors such as "de", "du", "l’" inside) is a name candidate. Role
 * words and honorifics at its edges are cut off and kept as cues; a capitalised word that opens a sentence
 * only counts when the lexicon does not know it as a common word ("Amazon a changé…", not "Pourtant…").
 * Each span gets a reading with a confidence; the corpus-wide vote happens in `entities.ts`.
 */
import type { Lexicon, Token } from '../types';
import { HONORIFICS, INSTITUTION_HEADS, NAME_CONNECTORS, ORGANIZATION_WORDS, ROLE_WORDS, WORK_CUES, wordKey } from './name-cues';
import { voteOnType, type MentionContext, type TypeVote } from './typing-rules';

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
const INNER_UPPER = /^\p{Ll}{1,2}\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\d&]{2,}$/u;

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

function isCommonWord(word: string, lexicon: Lexicon): boolean {
  // "Achetez-vous", "Faites-vous": a verb with its pronoun is known by its first part.
  const lower = word.toLowerCase();
  const parts = lower.split('-');
  return [lower, parts[0], parts[parts.length - 1]].some((form) => lexicon.isStopword(form) || lexicon.entries(form).some((entry) => entry.pos !== 'properNoun'));
}

/** A noun or adjective the lexicon knows: what makes a title-cased phrase a term ("Design Thinking"). */
function isContentWord(word: string, lexicon: Lexicon): boolean {
  return lexicon.entries(word.toLowerCase()).some((entry) => entry.pos === 'noun' || entry.pos === 'adjective');
}

/** E-mail addresses, URLs and file names are single tokens; none is a name. */
const CODE_LIKE = /[@/\\_=<>{}|#~$%^*+]|\p{L}{2}\.\p{L}{2}/u;

function looksLikeName(tokens: readonly Token[], index: number, sentenceStart: number, lexicon: Lexicon, knownNames: ReadonlySet<string>): boolean {
  const token = tokens[index];
  if (!isWord(token)) return false;
  const text = token.text;
  if (!(UPPER_START.test(text) || INNER_UPPER.test(text)) || CODE_LIKE.test(text)) return false;
  if (ROLE_WORDS.has(wordKey(text)) || HONORIFICS.has(wordKey(text))) return false;
  if (index !== sentenceStart) return !(ALL_CAPS.test(text) && text.length > 6 && isCommonWord(text, lexicon));
  // At a sentence start a capital says nothing: keep names the corpus writes capitalised elsewhere ("Carrefour,
  // où…"), words no lexicon knows as common, French or English ("According", "Customer" are not names), or
  // first names followed by another capitalised word.
  if (knownNames.has(wordKey(text))) return true;
  if (lexicon.isFirstName(text) && UPPER_START.test(tokens[index + 1]?.text ?? '')) return true;
  return !isCommonWord(text, lexicon) && !lexicon.isEnglishWord(text);
}

/**
 * Capitalised words a text uses as names inside its sentences, where a capital means something: at a sentence
 * start the same word is then read as that name too.
 */
export function collectKnownNames(tokens: readonly Token[], lexicon: Lexicon, into: Set<string>): void {
  const sentenceStart = firstWordIndex(tokens);
  for (let i = sentenceStart + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || !UPPER_START.test(token.text) || CODE_LIKE.test(token.text)) continue;
    if (tokens[i - 1]?.text === '.' || tokens[i - 1]?.text === ':') continue;
    if (!isCommonWord(token.text, lexicon) || lexicon.entries(token.text).some((entry) => entry.pos === 'properNoun')) into.add(wordKey(token.text));
  }
}

/**
 * "Banque mondiale", "Conseil constitutionnel", "Cour des comptes": an institution word takes the lower-case
 * adjectives after it (at most two), or one "de/des/du" complement, into its name. Returns the new last token.
 */
function extendInstitution(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon, claimed: readonly boolean[]): number {
  if (first !== last || !INSTITUTION_HEADS.has(wordKey(tokens[first].text))) return last;
  const isAdjective = (i: number) =>
    isWord(tokens[i]) && !claimed[i] && /^\p{Ll}/u.test(tokens[i].text) && lexicon.entries(tokens[i].text).some((entry) => entry.pos === 'adjective');
  let end = last;
  while (end - last < 2 && isAdjective(end + 1)) end += 1;
  if (end > last) return end;
  const of = tokens[last + 1];
  if (isWord(of) && /^(des|du|de)$/u.test(of.text)) {
    let k = last + 2;
    if (tokens[k]?.text === 'la' || tokens[k]?.text === 'l’') k += 1;
    const noun = tokens[k];
    if (isWord(noun) && !claimed[k] && /^\p{Ll}/u.test(noun.text) && lexicon.entries(noun.text).some((entry) => entry.pos === 'noun')) return k;
  }
  return last;
}

function firstWordIndex(tokens: readonly Token[]): number {
  const index = tokens.findIndex((token) => token.kind !== 'punct');
  return index === -1 ? tokens.length : index;
}

/** Finds the name spans of a sentence. `claimed` marks tokens already taken (e.g. by curated terms). */
export function findNameSpans(
  tokens: readonly Token[],
  lexicon: Lexicon,
  claimed: readonly boolean[],
  knownNames: ReadonlySet<string> = new Set()
): NameSpan[] {
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
    last = extendInstitution(tokens, i, last, lexicon, claimed);
    spans.push(readSpan(tokens, i, last, lexicon));
    i = last + 1;
  }
  return spans;
}

const YEAR = /^(1[5-9]|20)\d\d$/u;

function readSpan(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): NameSpan {
  // "R&D de l’Académie du Service": an acronym and connectors before an organisation word are not its name.
  while (first < last && ALL_CAPS.test(tokens[first].text) && NAME_CONNECTORS.has(wordKey(tokens[first + 1].text))) {
    first += 1;
    while (first < last && NAME_CONNECTORS.has(wordKey(tokens[first].text))) first += 1;
  }
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
    lexicon
  };
  const votes = voteOnType(context);
  const cued = votes.some((vote) => vote.rule !== 'no-cue' && vote.rule !== 'gazetteer');
  if (!cued && contentWords.length === 1 && startsWithFirstName) return span('firstName');
  // A title-cased phrase of common words with no cue is a term ("Design Thinking", "Moyen Âge").
  if (!cued && !organisational && contentWords.length >= 2 && contentWords.some((word) => isContentWord(word, lexicon)) && !lexicon.isPlaceName(words.join(' '))) {
    return span('concept');
  }
  if (!cued && contentWords.length === 1 && isCommonWord(words[0], lexicon)) return span('concept');
  return span('name', votes);
}

/** Up to `count` words before `index`, as written, nearest last; commas and brackets are skipped over. */
function previousWords(tokens: readonly Token[], index: number, count: number): string[] {
  const words: string[] = [];
  for (let i = index - 1; i >= 0 && words.length < count; i--) {
    if (tokens[i].kind === 'word' || tokens[i].text === '.') {
      if (tokens[i].kind === 'word') words.unshift(tokens[i].text);
    } else if (tokens[i].text === ',' || tokens[i].text === '(') {
      continue;
    } else break;
  }
  return words;
}
