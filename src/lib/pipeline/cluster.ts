/**
 * Cluster stage: communities (Louvain) and centrality (degree, weighted PageRank) over the graph of concepts,
 * people and organisations.
 *
 * Mention edges and document nodes are left out: every document mentions dozens of nodes, so they would pull
 * each document's vocabulary into one community and say nothing about how ideas relate. Louvain runs on
 * seeded random sources, so the same input always gives the same clusters. Its partition is kept as found:
 * folding small groups into their neighbours cost a tenth of the modularity, so small groups are left to
 * the display (see `cluster-size.ts`), which shows them together as "other".
 */
import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import modularity from 'graphology-metrics/graph/modularity';
import { compareIds } from './compare-ids';
import { createSeededRandom } from './seeded-random';
import { pickClusterColor } from './cluster/colors';
import { isSmallCluster, OTHER_CLUSTER_COLOR } from '../graph/cluster-size';
import type { Cluster } from '../graph/schema';
import type { ExtractedNode, LinkedEdge } from './types';

export interface ClusterOptions {
  seed: number;
  /** Louvain resolution: above 1 gives more, smaller clusters. */
  resolution: number;
  /** Louvain runs from this many seeds (seed, seed + 1, …) and keeps the partition of highest modularity. */
  seedTries: number;
  /** Most words a cluster name may have: a name that wraps on a slide is a list, not a name. */
  maxNameWords: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = {
  seed: 42,
  resolution: 1,
  /** Louvain's result depends on the order it visits nodes; a few orders find the better partitions. */
  seedTries: 5,
  maxNameWords: 3
};

export interface Centrality {
  degree: number;
  pagerank: number;
}

export interface ClusterResult {
  clusters: Cluster[];
  assignment: Map<string, string | null>;
  modularity: number;
  centrality: Map<string, Centrality>;
}

export function cluster(
  unsortedNodes: ExtractedNode[],
  unsortedEdges: LinkedEdge[],
  options: Partial<ClusterOptions> = {}
): ClusterResult {
  const settings = resolveOptions(options);
  // Sorted inputs: Louvain and PageRank visit nodes and edges in insertion order, and results should depend on
  // the graph, not on how the caller happened to order it.
  const nodes = [...unsortedNodes].sort((a, b) => compareIds(a.id, b.id));
  const edges = [...unsortedEdges].sort(
    (a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target) || compareIds(a.kind, b.kind)
  );
  const graph = buildClusterGraph(nodes, edges);
  const centrality = measureCentrality(nodes, edges, graph);

  const merged = detectCommunities(graph, settings);
  const byNode = new Map(nodes.map((node) => [node.id, node]));

  const members = new Map<number, string[]>();
  for (const [node, community] of merged) {
    if (community === null) continue;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const byCentrality = (a: string, b: string) => {
    const ca = centrality.get(a)!;
    const cb = centrality.get(b)!;
    return cb.pagerank - ca.pagerank || cb.degree - ca.degree || compareIds(a, b);
  };
  const scores = characteristic(graph, merged);
  const sortedMembers = [...members.values()].map((ids) => ids.sort(byCentrality));
  // Bigger clusters choose first, so a name two clusters would share goes to the one it says more about.
  const bySize = [...sortedMembers].sort((a, b) => b.length - a.length || compareIds(a[0], b[0]));
  const taken = new Set<string>();
  const names = new Map<string[], string>();
  for (const ids of bySize) {
    const name = nameCluster(ids, byNode, scores, settings.maxNameWords, taken);
    taken.add(name);
    names.set(ids, name);
  }
  const drafts = sortedMembers.map((ids) => ({ nodes: ids, label: names.get(ids)! }));
  drafts.sort((a, b) => b.nodes.length - a.nodes.length || compareIds(a.label, b.label) || compareIds(a.nodes[0], b.nodes[0]));

  const clusters: Cluster[] = drafts.map((draft, index) => ({
    id: `c${index}`,
    label: draft.label,
    // Small groups come last (by size), so the shown ones take the palette's first colours.
    color: isSmallCluster(draft) ? OTHER_CLUSTER_COLOR : pickClusterColor(index),
    nodes: draft.nodes
  }));
  const assignment = new Map<string, string | null>(nodes.map((node) => [node.id, null]));
  for (const item of clusters) for (const node of item.nodes) assignment.set(node, item.id);

  return { clusters, assignment, modularity: measureModularity(graph, assignment), centrality };
}

function resolveOptions(options: Partial<ClusterOptions>): ClusterOptions {
  const settings = { ...CLUSTER_DEFAULTS, ...options };
  if (!Number.isFinite(settings.seed)) throw new Error(`cluster: option seed must be a finite number, got ${settings.seed}`);
  if (!(settings.resolution > 0 && Number.isFinite(settings.resolution))) {
    throw new Error(`cluster: option resolution must be a positive number, got ${settings.resolution}`);
  }
  for (const name of ['seedTries', 'maxNameWords'] as const) {
    if (!Number.isInteger(settings[name]) || settings[name] < 1) {
      throw new Error(`cluster: option ${name} must be a positive integer, got ${settings[name]}`);
    }
  }
  return settings;
}

/** Parallel edges (co-occurrence and a stated affiliation between the same two) add up into one weight. */
function buildClusterGraph(nodes: readonly ExtractedNode[], edges: readonly LinkedEdge[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  nodes
    .filter((node) => node.type !== 'document')
    .forEach((node) => graph.addNode(node.id));
  for (const edge of edges) {
    if (edge.kind === 'mention' || edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.updateEdge(edge.source, edge.target, (attributes) => ({
      weight: ((attributes.weight as number | undefined) ?? 0) + edge.weight
    }));
  }
  return graph;
}

/**
 * Degree counts distinct neighbours over every edge but mentions (so a document with a stated author has
 * degree 1); PageRank runs on the cluster graph, where documents are absent, so theirs is 0.
 */
function measureCentrality(
  nodes: readonly ExtractedNode[],
  edges: readonly LinkedEdge[],
  graph: UndirectedGraph
): Map<string, Centrality> {
  const neighbours = new Map<string, Set<string>>(nodes.map((node) => [node.id, new Set()]));
  for (const edge of edges) {
    if (edge.kind === 'mention' || edge.source === edge.target) continue;
    neighbours.get(edge.source)?.add(edge.target);
    neighbours.get(edge.target)?.add(edge.source);
  }
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const highest = Math.max(0, ...Object.values(ranks));
  const centrality = new Map<string, Centrality>();
  for (const node of nodes) {
    const rank = ranks[node.id] ?? 0;
    centrality.set(node.id, {
      degree: neighbours.get(node.id)!.size,
      pagerank: highest > 0 ? Math.round((rank / highest) * 1e4) / 1e4 : 0
    });
  }
  return centrality;
}

/**
 * The best of `seedTries` Louvain runs (the first on a tie, so the result stays deterministic). A node with no
 * link is in no community: a colour and a name for one unconnected term say nothing.
 */
function detectCommunities(graph: UndirectedGraph, settings: ClusterOptions): Map<string, number | null> {
  let best: { communities: Record<string, number>; modularity: number } | null = null;
  if (graph.size > 0) {
    for (let attempt = 0; attempt < settings.seedTries; attempt++) {
      const run = louvain.detailed(graph, {
        getEdgeWeight: 'weight',
        resolution: settings.resolution,
        rng: createSeededRandom(settings.seed + attempt)
      });
      if (!best || run.modularity > best.modularity) best = run;
    }
  }
  return new Map(graph.nodes().map((node) => [node, best && graph.degree(node) > 0 ? best.communities[node] : null]));
}

/**
 * How characteristic each node is of its cluster: the weight of its links inside the cluster times the share of
 * its links that stay inside. "client" links everywhere, so it names no cluster; "contribution gratuite",
 * linked mostly within its own, does.
 */
function characteristic(graph: Graph, assignment: ReadonlyMap<string, number | null>): Map<string, number> {
  const scores = new Map<string, number>();
  graph.forEachNode((node) => {
    let inside = 0;
    let total = 0;
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      const weight = attributes.weight as number;
      total += weight;
      if (assignment.get(source === node ? target : source) === assignment.get(node)) inside += weight;
    });
    scores.set(node, total === 0 ? 0 : (inside * inside) / total);
  });
  return scores;
}

/** A name pair names a group of people and organisations: "Satya Nadella & Microsoft". */
const NAME_PAIR = ' & ';
/** A multi-word term names the cluster over a more characteristic single word unless it scores below this share. */
const MULTI_WORD_SHARE = 0.25;

function wordCount(label: string): number {
  return label.split(/[\s’']+/u).filter((word) => !/^(de|du|des|d|la|le|les|l|et|&)$/iu.test(word)).length;
}

/**
 * A short name, one to three words: the cluster's most characteristic multi-word concept (how characteristic:
 * its links inside times the share that stays inside, times its salience), unless a single word is far more
 * so; for a group made mostly of people and organisations, its two most characteristic names. Never a name
 * another cluster already has.
 */
function nameCluster(
  sortedIds: readonly string[],
  byNode: ReadonlyMap<string, ExtractedNode>,
  scores: ReadonlyMap<string, number>,
  maxWords: number,
  taken: ReadonlySet<string>
): string {
  const score = (id: string) => (scores.get(id) ?? 0) * Math.max(byNode.get(id)!.salience, 1e-6);
  // sortedIds is in centrality order and Array.prototype.sort is stable, so equal scores keep that order.
  const ranked = [...sortedIds].sort((a, b) => score(b) - score(a));
  const isName = (id: string) => byNode.get(id)!.type === 'person' || byNode.get(id)!.type === 'organization';
  const concepts = ranked.filter((id) => byNode.get(id)!.type === 'concept' && wordCount(byNode.get(id)!.label) <= maxWords);
  const names = ranked.filter(isName);
  const label = (id: string) => byNode.get(id)!.label;
  if (concepts.length < 2 || names.length * 2 > sortedIds.length) {
    const pair = names.slice(0, 2).map(label).join(NAME_PAIR);
    if (pair && !taken.has(pair)) return pair;
  }
  const free = concepts.filter((id) => !taken.has(label(id)));
  const best = free[0];
  const multiWord = free.find((id) => wordCount(label(id)) >= 2);
  if (multiWord && (best === undefined || score(multiWord) >= MULTI_WORD_SHARE * score(best))) return label(multiWord);
  if (best !== undefined) return label(best);
  return ranked.map(label).find((name) => !taken.has(name)) ?? label(ranked[0]);
}

/** Modularity of the final, merged clustering; nodes without a cluster count as communities of their own. */
function measureModularity(graph: Graph, assignment: ReadonlyMap<string, string | null>): number {
  if (graph.size === 0) return 0;
  const value = modularity(graph, {
    getEdgeWeight: 'weight',
    getNodeCommunity: (node: string) => assignment.get(node) ?? `alone:${node}`
  });
  return Math.round(value * 1e4) / 1e4;
}
