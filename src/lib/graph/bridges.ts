/**
 * How the groups of a graph join: the nodes that link several groups, and the links between any two, each
 * with the sentences that make it. What InfraNodus calls gateways and gaps, read from the graph file alone,
 * for the explorer's Bridges view and the generated tour. Only the groups shown by name count: a link into a
 * pair of nodes bridges nothing a reader sees (see `cluster-size.ts`).
 */
import { shownClusters } from './cluster-size';
import type { GraphData, GraphEdge } from './schema';

export interface Bridge {
  node: string;
  /** Cross-group links, strongest first. */
  links: GraphEdge[];
  /** Its own group and the groups it links to. */
  clusters: Set<string>;
  /** Summed weight of its cross-group links. */
  score: number;
}

/** Each node's shown group, or null (no group, or a small one). */
function shownGroupOf(graph: GraphData): Map<string, string | null> {
  const shown = new Set(shownClusters(graph.clusters).map((cluster) => cluster.id));
  return new Map(graph.nodes.map((node) => [node.id, node.cluster && shown.has(node.cluster) ? node.cluster : null]));
}

const strongestFirst = (x: GraphEdge, y: GraphEdge) => y.weight - x.weight || y.evidence.length - x.evidence.length || x.id.localeCompare(y.id);

/**
 * Nodes linked to groups other than their own, ranked by how many groups they touch, then by the weight of
 * those links: a participation measure, which unlike betweenness says which groups a node joins.
 */
export function findBridges(graph: GraphData): Bridge[] {
  const groupOf = shownGroupOf(graph);
  const bridges = new Map<string, Bridge>();
  for (const edge of graph.edges) {
    if (edge.kind === 'mention') continue;
    const [a, b] = [groupOf.get(edge.source), groupOf.get(edge.target)];
    if (!a || !b || a === b) continue;
    for (const [node, own, other] of [[edge.source, a, b], [edge.target, b, a]] as const) {
      const bridge = bridges.get(node) ?? { node, links: [], clusters: new Set([own]), score: 0 };
      bridge.links.push(edge);
      bridge.clusters.add(other);
      bridge.score += edge.weight;
      bridges.set(node, bridge);
    }
  }
  for (const bridge of bridges.values()) bridge.links.sort(strongestFirst);
  return [...bridges.values()].sort((x, y) => y.clusters.size - x.clusters.size || y.score - x.score || x.node.localeCompare(y.node));
}

/** The links with one end in group `a` and the other in group `b`, strongest first (none when a is b). */
export function linksBetween(graph: GraphData, a: string, b: string): GraphEdge[] {
  if (a === b) return [];
  const groupOf = shownGroupOf(graph);
  return graph.edges
    .filter((edge) => {
      if (edge.kind === 'mention') return false;
      const ends = [groupOf.get(edge.source), groupOf.get(edge.target)];
      return (ends[0] === a && ends[1] === b) || (ends[0] === b && ends[1] === a);
    })
    .sort(strongestFirst);
}

/** Summed link weight between each pair of shown groups, keyed "a|b" with a < b. */
function pairWeights(graph: GraphData): Map<string, number> {
  const groupOf = shownGroupOf(graph);
  const weights = new Map<string, number>();
  for (const edge of graph.edges) {
    if (edge.kind === 'mention') continue;
    const [a, b] = [groupOf.get(edge.source), groupOf.get(edge.target)];
    if (!a || !b || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    weights.set(key, (weights.get(key) ?? 0) + edge.weight);
  }
  return weights;
}

/** The groups linked to `group`, most strongly linked first. */
export function neighbourGroups(graph: GraphData, group: string): string[] {
  const linked: [string, number][] = [];
  for (const [key, weight] of pairWeights(graph)) {
    const [a, b] = key.split('|');
    if (a === group) linked.push([b, weight]);
    else if (b === group) linked.push([a, weight]);
  }
  return linked.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id);
}

/** The two shown groups joined by the most link weight, or null when no two are linked. */
export function busiestPair(graph: GraphData): [string, string] | null {
  let best: [string, number] | null = null;
  for (const [key, weight] of pairWeights(graph)) {
    if (!best || weight > best[1] || (weight === best[1] && key < best[0])) best = [key, weight];
  }
  return best ? (best[0].split('|') as [string, string]) : null;
}
