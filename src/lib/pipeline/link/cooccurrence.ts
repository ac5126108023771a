/**
 * Co-occurrence candidates: every pair of nodes that share a sentence, or a paragraph without sharing a
 * sentence there, with its counts, association and evidence. Thresholds decide later which become edges.
 */
import { computeNpmi } from './association';
import { compareIds } from '../compare-ids';
import { paragraphKey, type NodeOccurrences, type SentenceIndex } from './occurrences';
import type { MentionSpan } from '../types';

export interface CooccurrenceCandidate {
  /** Lexicographically smaller id, so the undirected pair has one spelling. */
  source: string;
  target: string;
  /** Sentences where both occur as separate spans. */
  sentenceCount: number;
  /** Paragraphs where both occur in different sentences but never in the same one. */
  paragraphCount: number;
  /** NPMI over sentences, paragraph co-occurrences counting `paragraphWeight` each. */
  association: number;
  weight: number;
  /** Sentence positions, ascending and unique. */
  evidence: number[];
}

export interface CooccurrenceSettings {
  paragraphWeight: number;
  minCooccurrences: number;
  minAssociation: number;
  /** People and organisations: one shared sentence is enough to link them (see `LINK_DEFAULTS`). */
  namedIds?: ReadonlySet<string>;
}

interface PairTally {
  source: string;
  target: string;
  sentences: number[];
  paragraphs: number;
  evidence: Set<number>;
}

export function findCooccurrences(
  occurrences: ReadonlyMap<string, NodeOccurrences>,
  index: SentenceIndex,
  settings: CooccurrenceSettings
): CooccurrenceCandidate[] {
  const ids = [...occurrences.keys()].sort(compareIds);
  const tallies = new Map<string, PairTally>();
  const tally = (a: string, b: string): PairTally => {
    const key = `${a}\u0000${b}`;
    let entry = tallies.get(key);
    if (!entry) {
      entry = { source: a, target: b, sentences: [], paragraphs: 0, evidence: new Set() };
      tallies.set(key, entry);
    }
    return entry;
  };

  const bySentence = new Map<number, string[]>();
  const byParagraph = new Map<string, Map<string, number[]>>();
  for (const id of ids) {
    for (const position of occurrences.get(id)!.sentences) {
      pushTo(bySentence, position, id);
      const key = paragraphKey(index.sentences[position]);
      let paragraph = byParagraph.get(key);
      if (!paragraph) byParagraph.set(key, (paragraph = new Map()));
      pushTo(paragraph, id, position);
    }
  }

  // (pair, paragraph) already counted at sentence level, so the paragraph window does not count it twice.
  const countedInParagraph = new Set<string>();
  for (const [position, present] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const paragraph = paragraphKey(index.sentences[position]);
    forEachPair(present, (a, b) => {
      // "client" inside "expérience client" is the same words, not two things said together.
      if (!hasSeparateSpans(occurrences.get(a)!.spans.get(position)!, occurrences.get(b)!.spans.get(position)!)) return;
      const entry = tally(a, b);
      entry.sentences.push(position);
      entry.evidence.add(position);
      countedInParagraph.add(`${a}\u0000${b}\u0000${paragraph}`);
    });
  }

  for (const [paragraph, present] of byParagraph) {
    const members = [...present.keys()];
    forEachPair(members, (a, b) => {
      if (countedInParagraph.has(`${a}\u0000${b}\u0000${paragraph}`)) return;
      const union = new Set([...present.get(a)!, ...present.get(b)!]);
      // One shared sentence with only overlapping spans is not a co-occurrence at any distance.
      if (union.size < 2) return;
      const entry = tally(a, b);
      entry.paragraphs += 1;
      for (const position of union) entry.evidence.add(position);
    });
  }

  const total = index.sentences.length;
  const candidates: CooccurrenceCandidate[] = [];
  for (const entry of tallies.values()) {
    const count = entry.sentences.length + entry.paragraphs;
    const named = settings.namedIds?.has(entry.source) || settings.namedIds?.has(entry.target);
    if (named ? entry.sentences.length === 0 : count < settings.minCooccurrences) continue;
    const joint = entry.sentences.length + settings.paragraphWeight * entry.paragraphs;
    const association = computeNpmi(
      joint,
      occurrences.get(entry.source)!.sentences.length,
      occurrences.get(entry.target)!.sentences.length,
      total
    );
    if (association < settings.minAssociation) continue;
    candidates.push({
      source: entry.source,
      target: entry.target,
      sentenceCount: entry.sentences.length,
      paragraphCount: entry.paragraphs,
      association: round(association, 4),
      // Specific (NPMI) and repeated (log of the evidence): a pair seen together twenty times outweighs a pair
      // seen twice, though both may be perfectly specific.
      weight: round(association * Math.log2(1 + joint), 4),
      evidence: [...entry.evidence].sort((a, b) => a - b)
    });
  }
  return candidates.sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
}

function hasSeparateSpans(spansA: readonly MentionSpan[], spansB: readonly MentionSpan[]): boolean {
  return spansA.some((a) => spansB.some((b) => a.end <= b.start || b.end <= a.start));
}

function forEachPair(sortedIds: readonly string[], visit: (a: string, b: string) => void): void {
  for (let i = 0; i < sortedIds.length; i++) {
    for (let j = i + 1; j < sortedIds.length; j++) visit(sortedIds[i], sortedIds[j]);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
