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

/**
 * A concept left with fewer than `minLinks` links keeps its best weak candidates (one shared sentence) until
 * it has them. An unlinked concept floats outside every group, and a reader cannot tell what it is about;
 * the one sentence that puts it beside another term is evidence enough, and it is shown as such. Loners are
 * served in id order and each added link counts for both ends, so the result depends on the input only.
 */
export function linkLoners(
  kept: readonly CooccurrenceCandidate[],
  weak: readonly CooccurrenceCandidate[],
  minLinks: number
): CooccurrenceCandidate[] {
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const candidate of kept) [candidate.source, candidate.target].forEach(bump);
  const byNode = new Map<string, CooccurrenceCandidate[]>();
  for (const candidate of weak) {
    for (const end of [candidate.source, candidate.target]) {
      const list = byNode.get(end);
      if (list) list.push(candidate);
      else byNode.set(end, [candidate]);
    }
  }
  const added = new Set<CooccurrenceCandidate>();
  for (const node of [...byNode.keys()].sort(compareIds)) {
    const other = (candidate: CooccurrenceCandidate) => (candidate.source === node ? candidate.target : candidate.source);
    const options = byNode
      .get(node)!
      .filter((candidate) => !added.has(candidate))
      .sort((a, b) => b.weight - a.weight || compareIds(other(a), other(b)));
    for (const candidate of options) {
      if ((degree.get(node) ?? 0) >= minLinks) break;
      added.add(candidate);
      bump(candidate.source);
      bump(candidate.target);
    }
  }
  return [...kept, ...weak.filter((candidate) => added.has(candidate))];
}
