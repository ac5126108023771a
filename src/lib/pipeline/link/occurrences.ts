/**
 * Where each node occurs, indexed by sentence and paragraph: the counts every association measure and every
 * piece of edge evidence is computed from. Positions are indexes into the stage's sentence array, so sorting
 * positions sorts evidence in reading order.
 *
 * Nodes are numbered by their rank in id order and everything is held in flat typed arrays (one row per node
 * and sentence it occurs in, "an occurrence"), not in a Map and an array per node: linking walks every pair of
 * nodes in every paragraph, and on a corpus of several megabytes per-item objects and string keys spent more
 * time in the garbage collector than in the counting.
 */
import { compareIds } from '../compare-ids';
import type { ExtractedNode, Sentence } from '../types';

export interface SentenceIndex {
  /** Sentence id → position in reading order. */
  positions: Map<string, number>;
  sentences: readonly Sentence[];
  /** Document ids, numbered in order of first appearance, and the document number of each sentence position. */
  documents: string[];
  documentOf: Int32Array;
  /** Paragraph number of each sentence position; paragraphs are numbered in order of first appearance. */
  paragraphOf: Int32Array;
  paragraphCount: number;
}

export interface OccurrenceTable {
  /** Node ids in id order; a node's number is its index here, so comparing numbers compares ids. */
  ids: string[];
  /** Occurrences of node `n` are `nodeStart[n]` to `nodeStart[n + 1]` (exclusive), by ascending sentence. */
  nodeStart: Int32Array;
  /** Per occurrence: its node and its sentence position. */
  occurrenceNode: Int32Array;
  occurrenceSentence: Int32Array;
  /** Mention spans of occurrence `o` are `spanStart[o]` to `spanStart[o + 1]` (exclusive) in `spanFrom`/`spanTo`. */
  spanStart: Int32Array;
  spanFrom: Int32Array;
  spanTo: Int32Array;
  /** Occurrences in sentence `s` are `sentenceOccurrences[sentenceStart[s] .. sentenceStart[s + 1]]`, by node. */
  sentenceStart: Int32Array;
  sentenceOccurrences: Int32Array;
}

export function indexSentences(sentences: readonly Sentence[]): SentenceIndex {
  const positions = new Map<string, number>();
  const documents: string[] = [];
  const documentOf = new Int32Array(sentences.length);
  const paragraphOf = new Int32Array(sentences.length);
  // Per document: its number, and its paragraphs' numbers (paragraph indexes are only unique within a document).
  const documentNumbers = new Map<string, { number: number; paragraphs: Map<number, number> }>();
  let paragraphCount = 0;
  for (let position = 0; position < sentences.length; position++) {
    const sentence = sentences[position];
    if (positions.has(sentence.id)) throw new Error(`link: sentence id "${sentence.id}" is used twice`);
    positions.set(sentence.id, position);
    let document = documentNumbers.get(sentence.document);
    if (!document) {
      documentNumbers.set(sentence.document, (document = { number: documents.length, paragraphs: new Map() }));
      documents.push(sentence.document);
    }
    let paragraph = document.paragraphs.get(sentence.paragraph);
    if (paragraph === undefined) document.paragraphs.set(sentence.paragraph, (paragraph = paragraphCount++));
    documentOf[position] = document.number;
    paragraphOf[position] = paragraph;
  }
  return { positions, sentences, documents, documentOf, paragraphOf, paragraphCount };
}

/** One node's mentions as (sentence position, start, end) triples, sorted by position. */
function locateMentions(node: ExtractedNode, index: SentenceIndex): Int32Array {
  const triples = new Int32Array(node.mentions.length * 3);
  let sorted = true;
  node.mentions.forEach((mention, m) => {
    const position = index.positions.get(mention.passage);
    if (position === undefined) {
      throw new Error(`link: node "${node.id}" has a mention in unknown sentence "${mention.passage}"`);
    }
    if (m > 0 && position < triples[3 * (m - 1)]) sorted = false;
    triples[3 * m] = position;
    triples[3 * m + 1] = mention.start;
    triples[3 * m + 2] = mention.end;
  });
  if (sorted) return triples;
  const order = Array.from(node.mentions, (_, m) => m).sort((a, b) => triples[3 * a] - triples[3 * b] || a - b);
  const reordered = new Int32Array(triples.length);
  order.forEach((m, k) => reordered.set(triples.subarray(3 * m, 3 * m + 3), 3 * k));
  return reordered;
}

/** Indexes the occurrences of `nodes` (documents excluded by the caller); throws on a mention in an unknown sentence. */
export function buildOccurrenceTable(nodes: readonly ExtractedNode[], index: SentenceIndex): OccurrenceTable {
  // Located in input order, so an error names the first bad node the caller gave.
  const located = new Map(nodes.map((node) => [node.id, locateMentions(node, index)]));
  const ids = [...located.keys()].sort(compareIds);

  let occurrenceCount = 0;
  let spanCount = 0;
  for (const triples of located.values()) {
    spanCount += triples.length / 3;
    for (let k = 0; k < triples.length; k += 3) if (k === 0 || triples[k] !== triples[k - 3]) occurrenceCount++;
  }
  const nodeStart = new Int32Array(ids.length + 1);
  const occurrenceNode = new Int32Array(occurrenceCount);
  const occurrenceSentence = new Int32Array(occurrenceCount);
  const spanStart = new Int32Array(occurrenceCount + 1);
  const spanFrom = new Int32Array(spanCount);
  const spanTo = new Int32Array(spanCount);
  const sentenceStart = new Int32Array(index.sentences.length + 1);

  let occurrence = -1;
  let span = 0;
  ids.forEach((id, node) => {
    nodeStart[node] = occurrence + 1;
    const triples = located.get(id)!;
    for (let k = 0; k < triples.length; k += 3) {
      if (k === 0 || triples[k] !== triples[k - 3]) {
        occurrence++;
        occurrenceNode[occurrence] = node;
        occurrenceSentence[occurrence] = triples[k];
        spanStart[occurrence] = span;
        sentenceStart[triples[k] + 1]++;
      }
      spanFrom[span] = triples[k + 1];
      spanTo[span] = triples[k + 2];
      span++;
    }
  });
  nodeStart[ids.length] = occurrenceCount;
  spanStart[occurrenceCount] = spanCount;

  // Counting sort by sentence; nodes are visited in order, so each sentence's occurrences come out by node.
  for (let s = 0; s < index.sentences.length; s++) sentenceStart[s + 1] += sentenceStart[s];
  const fill = sentenceStart.slice(0, index.sentences.length);
  const sentenceOccurrences = new Int32Array(occurrenceCount);
  for (let o = 0; o < occurrenceCount; o++) sentenceOccurrences[fill[occurrenceSentence[o]]++] = o;

  return { ids, nodeStart, occurrenceNode, occurrenceSentence, spanStart, spanFrom, spanTo, sentenceStart, sentenceOccurrences };
}

/** Sentences node `node` occurs in. */
export function sentenceCount(table: OccurrenceTable, node: number): number {
  return table.nodeStart[node + 1] - table.nodeStart[node];
}

/**
 * Whether two occurrences in one sentence include spans that do not overlap: "client" inside "expérience
 * client" is the same words, not two things said together.
 */
export function hasSeparateSpans(table: OccurrenceTable, a: number, b: number): boolean {
  const { spanStart, spanFrom, spanTo } = table;
  for (let i = spanStart[a]; i < spanStart[a + 1]; i++) {
    for (let j = spanStart[b]; j < spanStart[b + 1]; j++) {
      if (spanTo[i] <= spanFrom[j] || spanTo[j] <= spanFrom[i]) return true;
    }
  }
  return false;
}
