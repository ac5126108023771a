/**
 * Co-occurrence candidates: every pair of nodes that share a sentence, or a paragraph without sharing a
 * sentence there (counted by `countPairs`), with its association. Thresholds decide later which become edges.
 *
 * Evidence is not gathered here: most candidates are pruned away, so `EvidenceCollector` (evidence.ts) finds
 * it for the edges that stay, at a cost proportional to the two nodes' occurrences.
 */
import { computeNpmi } from './association';
import { countPairs } from './count-pairs';
import { sentenceCount, type OccurrenceTable, type SentenceIndex } from './occurrences';

export interface CooccurrenceCandidate {
  /** Lexicographically smaller id, so the undirected pair has one spelling. */
  source: string;
  target: string;
  /** Node numbers of `source` and `target` in the occurrence table. */
  sourceNode: number;
  targetNode: number;
  /** Sentences where both occur as separate spans. */
  sentenceCount: number;
  /** Paragraphs where both occur in different sentences but never in the same one. */
  paragraphCount: number;
  /** NPMI over sentences, paragraph co-occurrences counting `paragraphWeight` each. */
  association: number;
  weight: number;
  /**
   * Met in fewer sentences and paragraphs than `minCooccurrences` asks (but in one sentence at least): not an
   * edge on its own, only the best a concept with no stronger link has (see `linkLoners`).
   */
  weak: boolean;
}

export interface CooccurrenceSettings {
  paragraphWeight: number;
  minCooccurrences: number;
  minAssociation: number;
  /** People and organisations: one shared sentence is enough to link them (see `LINK_DEFAULTS`). */
  namedIds?: ReadonlySet<string>;
}

export function findCooccurrences(
  table: OccurrenceTable,
  index: SentenceIndex,
  settings: CooccurrenceSettings
): CooccurrenceCandidate[] {
  const named = table.ids.map((id) => settings.namedIds?.has(id) ?? false);
  const total = index.sentences.length;
  const candidates: CooccurrenceCandidate[] = [];
  countPairs(table, index, (a, b, sentences, paragraphs) => {
    const count = sentences + paragraphs;
    if (sentences === 0 && (named[a] || named[b] || count < settings.minCooccurrences)) return;
    const weak = !(named[a] || named[b]) && count < settings.minCooccurrences;
    const joint = sentences + settings.paragraphWeight * paragraphs;
    const association = computeNpmi(joint, sentenceCount(table, a), sentenceCount(table, b), total);
    if (association < settings.minAssociation) return;
    candidates.push({
      source: table.ids[a],
      target: table.ids[b],
      sourceNode: a,
      targetNode: b,
      sentenceCount: sentences,
      paragraphCount: paragraphs,
      association: round(association, 4),
      // Specific (NPMI) and repeated (log of the evidence): a pair seen together twenty times outweighs a pair
      // seen twice, though both may be perfectly specific.
      weight: round(association * Math.log2(1 + joint), 4),
      weak
    });
  });
  // Node numbers follow id order, so this is the order of (source, target) ids.
  return candidates.sort((x, y) => x.sourceNode - y.sourceNode || x.targetNode - y.targetNode);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
