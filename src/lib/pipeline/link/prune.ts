/**
 * Pruning a co-occurrence graph to what a reader can take in: each node keeps its strongest few edges.
 *
 * An edge survives when it is among the top k of *either* end, so a peripheral term keeps its best link even
 * when that link is minor for a hub; keeping only edges both ends agree on would strand the periphery.
 */
import { compareIds } from '../compare-ids';
import type { CooccurrenceCandidate } from './cooccurrence';

export function keepStrongestPerNode(candidates: readonly CooccurrenceCandidate[], topK: number): CooccurrenceCandidate[] {
  const byNode = new Map<string, CooccurrenceCandidate[]>();
  for (const candidate of candidates) {
    for (const end of [candidate.source, candidate.target]) {
      const list = byNode.get(end);
      if (list) list.push(candidate);
      else byNode.set(end, [candidate]);
    }
  }
  const kept = new Set<CooccurrenceCandidate>();
  for (const [node, list] of byNode) {
    const other = (candidate: CooccurrenceCandidate) => (candidate.source === node ? candidate.target : candidate.source);
    list
      .sort(
        (a, b) =>
          b.weight - a.weight || b.association - a.association || compareIds(other(a), other(b))
      )
      .slice(0, topK)
      .forEach((candidate) => kept.add(candidate));
  }
  return candidates.filter((candidate) => kept.has(candidate));
}
