/**
 * The evidence of a co-occurrence edge, each item holding both ends: the sentences where both occur as
 * separate spans, and, in each paragraph where they share no such sentence (the paragraph window of
 * `findCooccurrences`), the shortest run of consecutive sentences from one end to the other, as one item.
 * Best first: single sentences (shortest first, where the link is plainest), then runs (shortest first).
 *
 * Computed only for the edges that survive pruning, from the two nodes' occurrence lists: two merged walks
 * in reading order, the first tallying each paragraph, the second emitting positions by that tally, so the
 * result comes out sorted. Tallies live in scratch arrays indexed by paragraph and reset after each edge.
 */
import { hasSeparateSpans, type OccurrenceTable, type SentenceIndex } from './occurrences';

const HAS_A = 1;
const HAS_B = 2;

export class EvidenceCollector {
  readonly #table: OccurrenceTable;
  readonly #paragraphOf: Int32Array;
  /** Per paragraph: which ends occur there (HAS_A | HAS_B). */
  readonly #ends: Uint8Array;
  /** Per paragraph: sentences where either end occurs, and where both occur as separate spans. */
  readonly #sentences: Int32Array;
  readonly #shared: Int32Array;
  #touched: number[] = [];

  constructor(table: OccurrenceTable, index: SentenceIndex) {
    this.#table = table;
    this.#paragraphOf = index.paragraphOf;
    this.#ends = new Uint8Array(index.paragraphCount);
    this.#sentences = new Int32Array(index.paragraphCount);
    this.#shared = new Int32Array(index.paragraphCount);
  }

  /** Evidence items for the pair of nodes `a`, `b`: a sentence position, or a run of consecutive positions. */
  collect(a: number, b: number, sentenceLength: (position: number) => number): (number | number[])[] {
    this.#walk(a, b, (position, paragraph, ends, separate) => {
      if (this.#ends[paragraph] === 0) this.#touched.push(paragraph);
      this.#ends[paragraph] |= ends;
      this.#sentences[paragraph]++;
      if (separate) this.#shared[paragraph]++;
    });
    const sentences: number[] = [];
    const runs: number[][] = [];
    // Per paragraph without a shared sentence: the latest sentence of each end seen, and the best run so far.
    const lastA = new Map<number, number>();
    const lastB = new Map<number, number>();
    const bestRun = new Map<number, [number, number]>();
    this.#walk(a, b, (position, paragraph, ends, separate) => {
      if (this.#shared[paragraph] > 0) {
        if (separate) sentences.push(position);
        return;
      }
      if (this.#ends[paragraph] !== (HAS_A | HAS_B) || this.#sentences[paragraph] < 2) return;
      if (ends & HAS_A) lastA.set(paragraph, position);
      if (ends & HAS_B) lastB.set(paragraph, position);
      const other = ends & HAS_A ? lastB.get(paragraph) : lastA.get(paragraph);
      if (other === undefined || other === position) return;
      const run = bestRun.get(paragraph);
      if (!run || position - other < run[1] - run[0]) bestRun.set(paragraph, [other, position]);
    });
    for (const [from, to] of bestRun.values()) runs.push(Array.from({ length: to - from + 1 }, (_, k) => from + k));
    sentences.sort((x, y) => sentenceLength(x) - sentenceLength(y) || x - y);
    runs.sort((x, y) => x.length - y.length || x[0] - y[0]);
    const evidence: (number | number[])[] = [...sentences, ...runs];
    for (const paragraph of this.#touched) {
      this.#ends[paragraph] = 0;
      this.#sentences[paragraph] = 0;
      this.#shared[paragraph] = 0;
    }
    this.#touched = [];
    return evidence;
  }

  /** Visits each sentence where `a` or `b` occurs, in reading order, once. */
  #walk(a: number, b: number, visit: (position: number, paragraph: number, ends: number, separate: boolean) => void): void {
    const { nodeStart, occurrenceSentence } = this.#table;
    let i = nodeStart[a];
    let j = nodeStart[b];
    const endA = nodeStart[a + 1];
    const endB = nodeStart[b + 1];
    while (i < endA || j < endB) {
      const positionA = i < endA ? occurrenceSentence[i] : Infinity;
      const positionB = j < endB ? occurrenceSentence[j] : Infinity;
      if (positionA === positionB) {
        visit(positionA, this.#paragraphOf[positionA], HAS_A | HAS_B, hasSeparateSpans(this.#table, i, j));
        i++;
        j++;
      } else if (positionA < positionB) {
        visit(positionA, this.#paragraphOf[positionA], HAS_A, false);
        i++;
      } else {
        visit(positionB, this.#paragraphOf[positionB], HAS_B, false);
        j++;
      }
    }
  }
}
