/**
 * How much a node matters to this corpus: what the graph sizes nodes by, labels first and prunes last.
 *
 * Three things a reader weighs: how often a node comes back (on a log scale, so the corpus's most frequent word
 * does not dwarf its ideas), how widely (articles, then sentences), and for a single word how much more this
 * corpus uses it than French at large: "entreprise", "monde", "temps" are common everywhere, "omnicanal" is this
 * corpus's own (keyness against the general-French reference of lexicon/general-french.ts). Multi-word terms
 * are specific by construction and usually the ideas themselves; names are what readers come looking for.
 */
import { documentOfPassage } from '../../graph/passage-id';
import type { Lexicon, MentionSpan } from '../types';

/** A multi-word term is usually one of the text's ideas; its parts alone are usually its vocabulary. */
const MULTI_WORD_WEIGHT = 1.6;
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

export function conceptSalience(
  key: string,
  words: number,
  mentions: readonly MentionSpan[],
  wordCount: number,
  lexicon: Lexicon,
  inHeading = false
): number {
  const base = mentionSalience(mentions) * (inHeading ? HEADING_WEIGHT : 1);
  return words >= 2 ? base * MULTI_WORD_WEIGHT : base * specificity(key, mentions.length, wordCount, lexicon);
}

export function nameSalience(mentions: readonly MentionSpan[]): number {
  return mentionSalience(mentions) * NAME_WEIGHT;
}
