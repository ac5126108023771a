/**
 * How much a node matters to this corpus: what the graph sizes nodes by, labels first and prunes last.
 *
 * Three things a reader weighs: how often a node comes back (on a log scale, so the corpus's most frequent word
 * does not dwarf its ideas), how widely (articles, then sentences), and for a single word how much more this
 * corpus uses it than French at large: "entreprise", "monde", "temps" are common everywhere, "omnicanal" is this
 * corpus's own (keyness against the general-French reference of lexicon/general-french.ts). Multi-word terms
 * are specific by construction and usually the ideas themselves, the more so when made of the words the corpus
 * keeps coming back to; a word many of them are built on ("client") is their head, not an idea of its own; a
 * role ("ministre", "président égyptien") stands for a person. Names are what readers come looking for.
 */
import { documentOfPassage } from '../../graph/passage-id';
import { normalizeKey } from '../normalize-key';
import type { Lexicon, MentionSpan } from '../types';
import { ROLE_WORDS } from './name-cues';

/**
 * A multi-word term is usually one of the text's ideas; its parts alone are usually its vocabulary. Chosen on
 * the default articles and the dev genres (tests/fixtures/dev-genres): at 1.6, six of the default graph's 25
 * largest concepts were vocabulary (entreprises, services, tendance…); at 2.4, three.
 */
const MULTI_WORD_WEIGHT = 2.4;
/** Keyness (log2 of how many times more often than in French at large) at which a word is fully specific. */
const FULL_KEYNESS = 8;
/** The floor: a word as common here as anywhere still says a little about the corpus if it recurs. */
const MIN_SPECIFICITY = 0.12;
/** A term a heading names is one of the ideas the author sorts the text by. */
const HEADING_WEIGHT = 1.25;
/** People and organisations weigh like a specific single word. */
const NAME_WEIGHT = 1;

/** Recurrence times spread, the part every node type shares. */
export function mentionSalience(mentions: readonly MentionSpan[]): number {
  if (mentions.length === 0) return 0;
  const documents = new Set<string>();
  const passages = new Set<string>();
  for (const mention of mentions) {
    documents.add(documentOfPassage(mention.passage));
    passages.add(mention.passage);
  }
  const recurrence = 1 + Math.log(mentions.length);
  const spread = (1 + Math.log(documents.size)) * (1 + 0.5 * Math.log(passages.size));
  return recurrence * spread;
}

/** How specific a single word (by its lemma key) is of a corpus of `wordCount` words that uses it `count` times. */
export function specificity(key: string, count: number, wordCount: number, lexicon: Lexicon): number {
  const ratio = count / Math.max(1, wordCount) / lexicon.generalFrequency(key);
  return Math.min(1, Math.max(MIN_SPECIFICITY, Math.log2(1 + ratio) / FULL_KEYNESS));
}

/** What a single word's salience weighs besides its mentions. */
export interface ConceptContext {
  /** A heading names it. */
  inHeading?: boolean;
  /** How many of the corpus's multi-word terms it is part of. */
  compounds?: number;
  /** For a multi-word term, how often each of its content words comes back in the corpus, alone or in terms. */
  partFrequencies?: readonly number[];
}

export function conceptSalience(
  key: string,
  words: number,
  mentions: readonly MentionSpan[],
  wordCount: number,
  lexicon: Lexicon,
  { inHeading = false, compounds = 0, partFrequencies = [] }: ConceptContext = {}
): number {
  const base = mentionSalience(mentions) * (inHeading ? HEADING_WEIGHT : 1);
  // A role ("la ministre a promis", "le général", "le président égyptien") stands for a person, not an idea.
  if (ROLE_WORDS.has(normalizeKey(key.split(' ')[0]))) return base * MIN_SPECIFICITY;
  if (words >= 2) return base * MULTI_WORD_WEIGHT * topicality(partFrequencies);
  // A word many terms are built on ("client": relation client, expérience client, parcours client) is their
  // shared head; its ideas are the terms, and on its own it mostly abbreviates one of them.
  return (base * specificity(key, mentions.length, wordCount, lexicon)) / Math.sqrt(1 + compounds);
}

/** Recurrences of a word at which it is fully one of the corpus's topic words. */
const TOPIC_WORD_RECURRENCE = 8;

/**
 * How much a multi-word term is made of the words the corpus keeps coming back to, in [0.5, 1.5]: as in
 * RAKE and SingleRank, a phrase scores by its words. Of terms met as often, "zone inondable" in a story
 * about floods ("inondation", "inondable" recur) outranks "barrières de fermeture", whose words appear once.
 */
function topicality(partFrequencies: readonly number[]): number {
  if (partFrequencies.length === 0) return 1;
  let sum = 0;
  for (const frequency of partFrequencies) sum += Math.min(1, Math.log2(Math.max(1, frequency)) / Math.log2(TOPIC_WORD_RECURRENCE));
  return 0.5 + sum / partFrequencies.length;
}

export function nameSalience(mentions: readonly MentionSpan[]): number {
  return mentionSalience(mentions) * NAME_WEIGHT;
}
