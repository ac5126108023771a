/**
 * Where each node occurs, indexed by sentence and paragraph: the counts every association measure and every
 * piece of edge evidence is computed from. Positions are indexes into the stage's sentence array, so sorting
 * positions sorts evidence in reading order.
 */
import type { ExtractedNode, MentionSpan, Sentence } from '../types';

export interface SentenceIndex {
  /** Sentence id → position in reading order. */
  positions: Map<string, number>;
  sentences: readonly Sentence[];
}

export interface NodeOccurrences {
  /** Sentence positions where the node occurs, ascending. */
  sentences: number[];
  /** Mentions grouped by sentence position, to tell real co-occurrence from nested spans. */
  spans: Map<number, MentionSpan[]>;
}

export function indexSentences(sentences: readonly Sentence[]): SentenceIndex {
  const positions = new Map<string, number>();
  sentences.forEach((sentence, position) => {
    if (positions.has(sentence.id)) throw new Error(`link: sentence id "${sentence.id}" is used twice`);
    positions.set(sentence.id, position);
  });
  return { positions, sentences };
}

export function collectOccurrences(node: ExtractedNode, index: SentenceIndex): NodeOccurrences {
  const spans = new Map<number, MentionSpan[]>();
  for (const mention of node.mentions) {
    const position = index.positions.get(mention.passage);
    if (position === undefined) {
      throw new Error(`link: node "${node.id}" has a mention in unknown sentence "${mention.passage}"`);
    }
    const list = spans.get(position);
    if (list) list.push(mention);
    else spans.set(position, [mention]);
  }
  return { sentences: [...spans.keys()].sort((a, b) => a - b), spans };
}

/** Paragraphs are only unique within a document, hence the compound key. */
export function paragraphKey(sentence: Sentence): string {
  return `${sentence.document}\u0000${sentence.paragraph}`;
}
