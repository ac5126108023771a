/**
 * Folding tiny communities into their neighbours.
 *
 * Louvain leaves one- and two-node communities at the edge of the graph (a term linked by a single edge).
 * Each becomes a colour and a region of its own in the explorer, which reads as noise, so the smallest ones
 * join the community they share the most edge weight with, one at a time, until every community is big enough
 * or has no neighbour. What is still too small then (a node with no edge, a person and their company linked
 * to nothing else) belongs to no community (null): a colour and a name for two nodes would be noise.
 */
import type Graph from 'graphology';
import { compareIds } from '../compare-ids';

export function mergeSmallCommunities(
  graph: Graph,
  communities: ReadonlyMap<string, number>,
  minSize: number
): Map<string, number | null> {
  const assignment = new Map(communities);
  const members = new Map<number, string[]>();
  for (const [node, community] of assignment) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  for (const list of members.values()) list.sort(compareIds);

  const stuck = new Set<number>();
  for (;;) {
    const small = [...members]
      .filter(([community, list]) => list.length < minSize && !stuck.has(community))
      .sort((a, b) => a[1].length - b[1].length || compareIds(a[1][0], b[1][0]));
    if (small.length === 0) break;
    const [community, list] = small[0];
    const target = strongestNeighbour(graph, assignment, members, community, list);
    if (target === null) {
      stuck.add(community);
      continue;
    }
    for (const node of list) assignment.set(node, target);
    members.set(target, [...members.get(target)!, ...list].sort(compareIds));
    members.delete(community);
  }

  const result = new Map<string, number | null>();
  for (const [node, community] of assignment) {
    const tooSmall = (members.get(community)?.length ?? 0) < minSize;
    result.set(node, graph.degree(node) === 0 || tooSmall ? null : community);
  }
  return result;
}

function strongestNeighbour(
  graph: Graph,
  assignment: ReadonlyMap<string, number>,
  members: ReadonlyMap<number, string[]>,
  community: number,
  list: readonly string[]
): number | null {
  const weights = new Map<number, number>();
  for (const node of list) {
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      const other = assignment.get(source === node ? target : source)!;
      if (other !== community) weights.set(other, (weights.get(other) ?? 0) + (attributes.weight as number));
    });
  }
  let best: number | null = null;
  for (const [candidate, weight] of weights) {
    if (best === null) {
      best = candidate;
      continue;
    }
    const current = weights.get(best)!;
    const sizeA = members.get(candidate)!.length;
    const sizeB = members.get(best)!.length;
    // Ties go to the bigger community, then to the one whose first member sorts first: stable across runs.
    if (
      weight > current ||
      (weight === current &&
        (sizeA > sizeB || (sizeA === sizeB && compareIds(members.get(candidate)![0], members.get(best)![0]) < 0)))
    ) {
      best = candidate;
    }
  }
  return best;
}
