/**
 * Capitalised names in one sentence, each with what its context says it is.
 *
 * A run of capitalised words (with connectors such as "de", "du", "l’" inside) is a name candidate. Role
 * words and honorifics at its edges are cut off and kept as cues; a capitalised word that opens a sentence
 * only counts when the lexicon does not know it as a common word ("Amazon a changé…", not "Pourtant…").
 * Each span gets a reading with a confidence; the corpus-wide vote happens in `entities.ts`.
 */
import type { Lexicon, Token } from '../types';
import {
  HONORIFICS,
  NAME_CONNECTORS,
  ORGANIZATION_CUES,
  ORGANIZATION_WORDS,
  PLACE_PREPOSITIONS,
  ROLE_WORDS,
  SPEECH_VERBS,
  WORK_CUES,
  isCountryName,
  wordKey
} from './name-cues';

export const NAME_READINGS = ['person', 'organization', 'concept', 'place', 'work', 'firstName', 'other'] as const;
export type NameReading = (typeof NAME_READINGS)[number];

export interface NameSpan {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  words: string[];
  reading: NameReading;
  confidence: number;
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

function looksLikeName(tokens: readonly Token[], index: number, sentenceStart: number, lexicon: Lexicon): boolean {
  const token = tokens[index];
  if (!isWord(token)) return false;
  const text = token.text;
  if (!(UPPER_START.test(text) || INNER_UPPER.test(text))) return false;
  if (ROLE_WORDS.has(wordKey(text)) || HONORIFICS.has(wordKey(text))) return false;
  if (index !== sentenceStart) return !(ALL_CAPS.test(text) && text.length > 6 && isCommonWord(text, lexicon));
  // At a sentence start a capital says nothing: keep only words no lexicon knows as common, or first names
  // followed by another capitalised word.
  if (lexicon.isFirstName(text) && UPPER_START.test(tokens[index + 1]?.text ?? '')) return true;
  return !isCommonWord(text, lexicon);
}

function firstWordIndex(tokens: readonly Token[]): number {
  const index = tokens.findIndex((token) => token.kind !== 'punct');
  return index === -1 ? tokens.length : index;
}

/** Finds the name spans of a sentence. `claimed` marks tokens already taken (e.g. by curated terms). */
export function findNameSpans(tokens: readonly Token[], lexicon: Lexicon, claimed: readonly boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const sentenceStart = firstWordIndex(tokens);
  const isName = (i: number) => !claimed[i] && looksLikeName(tokens, i, sentenceStart, lexicon);
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
    spans.push(readSpan(tokens, i, last, lexicon));
    i = last + 1;
  }
  return spans;
}

const PREPOSITIONS = new Set(['à', 'de', 'du', 'des', 'chez', 'pour', 'au', 'aux', 'en']);
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
  const next = tokens[last + 1];
  const after = next?.kind === 'word' ? wordKey(next.text) : '';
  const previous = before[before.length - 1] ?? '';
  const role = [...before].reverse().find((word) => ROLE_WORDS.has(word)) ?? null;
  const span = (reading: NameReading, confidence: number): NameSpan => ({ first, last, words, reading, confidence, role });
  const contentWords = words.filter((_, index) => !NAME_CONNECTORS.has(keys[index]));
  const stopwordsOnly = contentWords.every((word) => lexicon.isStopword(word.toLowerCase()));
  const acronyms = contentWords.filter((word) => ALL_CAPS.test(word)).length;

  if (contentWords.length === 0 || stopwordsOnly) return span('other', 0.9);
  if (contentWords.length >= 2 && keys.some((key) => ORGANIZATION_WORDS.has(key))) return span('organization', 0.95);
  if (before.slice(-1).some((word) => HONORIFICS.has(word))) return span('person', 0.95);
  const startsWithFirstName = lexicon.isFirstName(words[0]);
  if (startsWithFirstName && contentWords.length >= 2 && contentWords.length <= 4 && acronyms === 0) return span('person', 0.9);
  // "Digital Transformation Practice Leader": a capitalised phrase right before a role word is the role's title.
  if (ROLE_WORDS.has(after)) return span('other', 0.7);
  const roleBefore = ROLE_WORDS.has(before[before.length - 2] ?? '');
  if (ORGANIZATION_CUES.has(previous) || (PREPOSITIONS.has(previous) && roleBefore)) return span('organization', 0.85);
  if (before.some((word) => WORK_CUES.has(word))) return span('work', 0.7);
  if (isCountryName(words.join(' ')) || (PLACE_PREPOSITIONS.has(previous) && contentWords.length === 1)) {
    return span('place', 0.7);
  }
  // A citation: "…, Le Seuil, 2012." names the publisher.
  if (tokens[first - 1]?.text === ',' && next?.text === ',' && YEAR.test(tokens[last + 2]?.text ?? '')) return span('organization', 0.7);
  if (startsWithFirstName && contentWords.length === 1) return span('firstName', 0.6);
  if (SPEECH_VERBS.has(after) || ROLE_WORDS.has(previous)) return span('person', 0.7);
  // Shouting ("ADN NUMERIQUE") and bare acronyms (RH, SAV, CQFD) are as often common nouns as organisations.
  if (acronyms === contentWords.length) return span('other', 0.5);
  if (contentWords.length >= 2 && contentWords.some((word) => isContentWord(word, lexicon))) return span('concept', 0.6);
  if (contentWords.length === 1 && isCommonWord(words[0], lexicon)) return span('concept', 0.6);
  // No cue at all: in the articles this tool reads, a lone capitalised name never given a first name is more
  // often a company or brand than a person; say so with low confidence so curation can settle it.
  return span('organization', 0.4);
}

function previousWords(tokens: readonly Token[], index: number, count: number): string[] {
  const words: string[] = [];
  for (let i = index - 1; i >= 0 && words.length < count; i--) {
    if (tokens[i].kind === 'word' || tokens[i].text === '.') {
      if (tokens[i].kind === 'word') words.unshift(wordKey(tokens[i].text));
    } else if (tokens[i].text === ',' || tokens[i].text === '(') {
      continue;
    } else break;
  }
  return words;
}
