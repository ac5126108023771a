/**
 * Sentence and paragraph co-occurrence counts for every pair of nodes, the raw material of `findCooccurrences`.
 *
 * A pair counts once per sentence where both occur as separate spans, and once per paragraph where both occur
 * but share no such sentence (if they fill at least two sentences there between them; one shared sentence
 * with only overlapping spans, "client" inside "expérience client", is no co-occurrence at any distance).
 *
 * Counting goes row by row, one node `a` at a time, into dense arrays indexed by the other node `b`: the
 * row is small enough to stay in the CPU cache, where a table keyed by pairs (hundreds of thousands of them
 * on a few megabytes of text) would miss it on nearly every update. The work is the same number of pair
 * visits as any pairwise scheme, and the memory is linear in the number of nodes.
 */
import { hasSeparateSpans, type OccurrenceTable, type SentenceIndex } from './occurrences';

/** Nodes present in each paragraph, by node, with how many of its sentences they occur in and the first one. */
interface ParagraphMembers {
  start: Int32Array;
  node: Int32Array;
  sentences: Int32Array;
  firstSentence: Int32Array;
}

function indexParagraphMembers(table: OccurrenceTable, index: SentenceIndex): ParagraphMembers {
  const { nodeStart, occurrenceSentence } = table;
  const nodeCount = table.ids.length;
  const lastNode = new Int32Array(index.paragraphCount).fill(-1);
  const start = new Int32Array(index.paragraphCount + 1);
  for (let n = 0; n < nodeCount; n++) {
    for (let o = nodeStart[n]; o < nodeStart[n + 1]; o++) {
      const paragraph = index.paragraphOf[occurrenceSentence[o]];
      if (lastNode[paragraph] !== n) {
        lastNode[paragraph] = n;
        start[paragraph + 1]++;
      }
    }
  }
  for (let p = 0; p < index.paragraphCount; p++) start[p + 1] += start[p];
  const total = start[index.paragraphCount];
  const node = new Int32Array(total);
  const sentences = new Int32Array(total);
  const firstSentence = new Int32Array(total);
  // Nodes are visited in order, so each paragraph's members come out sorted by node.
  const current = new Int32Array(index.paragraphCount).fill(-1);
  const fill = start.slice(0, index.paragraphCount);
  for (let n = 0; n < nodeCount; n++) {
    for (let o = nodeStart[n]; o < nodeStart[n + 1]; o++) {
      const position = occurrenceSentence[o];
      const paragraph = index.paragraphOf[position];
      if (current[paragraph] === -1 || node[current[paragraph]] !== n) {
        const member = (current[paragraph] = fill[paragraph]++);
        node[member] = n;
        firstSentence[member] = position;
      }
      sentences[current[paragraph]]++;
    }
  }
  return { start, node, sentences, firstSentence };
}

/** First member of `paragraph` whose node is above `a` (members are sorted by node). */
function firstMemberAbove(members: ParagraphMembers, paragraph: number, a: number): number {
  let low = members.start[paragraph];
  let high = members.start[paragraph + 1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (members.node[middle] <= a) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A node's occurrences grouped by paragraph (each group in reading order). Sentence order already groups
 * them whenever a paragraph's sentences are contiguous, which is how documents are segmented; the sort is
 * for input where they are not.
 */
function occurrencesByParagraph(table: OccurrenceTable, index: SentenceIndex, node: number): Int32Array {
  const { nodeStart, occurrenceSentence } = table;
  const occurrences = new Int32Array(nodeStart[node + 1] - nodeStart[node]).map((_, k) => nodeStart[node] + k);
  const paragraphOf = (occurrence: number) => index.paragraphOf[occurrenceSentence[occurrence]];
  let grouped = true;
  for (let k = 1; k < occurrences.length && grouped; k++) {
    grouped = paragraphOf(occurrences[k]) >= paragraphOf(occurrences[k - 1]);
  }
  return grouped ? occurrences : occurrences.sort((x, y) => paragraphOf(x) - paragraphOf(y) || x - y);
}

/** Calls `visit` for each pair `a < b` that co-occurs at least once, with its counts, ordered by `a`. */
export function countPairs(
  table: OccurrenceTable,
  index: SentenceIndex,
  visit: (a: number, b: number, sentences: number, paragraphs: number) => void
): void {
  const { occurrenceNode, occurrenceSentence, sentenceStart, sentenceOccurrences } = table;
  const nodeCount = table.ids.length;
  const members = indexParagraphMembers(table, index);
  // Where each occurrence sits in its sentence's list, so a sentence's later nodes are found without a search.
  const rankInSentence = new Int32Array(occurrenceNode.length);
  sentenceOccurrences.forEach((occurrence, k) => (rankInSentence[occurrence] = k));

  // The row of node `a`: counts per partner `b`, valid where `rowOwner[b] === a` (reset lazily on first touch).
  const rowOwner = new Int32Array(nodeCount).fill(-1);
  const rowSentences = new Int32Array(nodeCount);
  const rowParagraphs = new Int32Array(nodeCount);
  const touched: number[] = [];
  // Partners sharing a sentence with `a` in the paragraph being visited: `sharedIn[b] === visit number`.
  const sharedIn = new Int32Array(nodeCount).fill(-1);
  let paragraphVisit = 0;

  const touch = (a: number, b: number) => {
    if (rowOwner[b] === a) return;
    rowOwner[b] = a;
    rowSentences[b] = 0;
    rowParagraphs[b] = 0;
    touched.push(b);
  };

  for (let a = 0; a < nodeCount; a++) {
    const occurrences = occurrencesByParagraph(table, index, a);
    for (let from = 0; from < occurrences.length; ) {
      const paragraph = index.paragraphOf[occurrenceSentence[occurrences[from]]];
      let to = from + 1;
      while (to < occurrences.length && index.paragraphOf[occurrenceSentence[occurrences[to]]] === paragraph) to++;
      const visitNumber = paragraphVisit++;

      // Same sentence: the sentence's occurrences are sorted by node, so those after `a`'s are the b > a.
      for (let k = from; k < to; k++) {
        const occurrence = occurrences[k];
        const position = occurrenceSentence[occurrence];
        for (let j = rankInSentence[occurrence] + 1; j < sentenceStart[position + 1]; j++) {
          const other = sentenceOccurrences[j];
          if (!hasSeparateSpans(table, occurrence, other)) continue;
          const b = occurrenceNode[other];
          touch(a, b);
          rowSentences[b]++;
          sharedIn[b] = visitNumber;
        }
      }

      // Same paragraph, never the same sentence there.
      const alone = to - from === 1;
      const onlySentence = occurrenceSentence[occurrences[from]];
      for (let member = firstMemberAbove(members, paragraph, a); member < members.start[paragraph + 1]; member++) {
        const b = members.node[member];
        if (sharedIn[b] === visitNumber) continue;
        if (alone && members.sentences[member] === 1 && members.firstSentence[member] === onlySentence) continue;
        touch(a, b);
        rowParagraphs[b]++;
      }
      from = to;
    }

    for (const b of touched) visit(a, b, rowSentences[b], rowParagraphs[b]);
    touched.length = 0;
  }
}
