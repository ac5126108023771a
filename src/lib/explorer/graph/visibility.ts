/**
 * Which nodes and links are shown, from the filters and the focus. Kept pure so the view state's `$derived`
 * stays a one-liner and the rules ("the focused node always shows") are unit-tested.
 */
import type { GraphEdge, NodeType } from '../../graph/schema';
import type { GraphIndex } from './graph-index';

/** Cluster key for nodes without a cluster, so they can be filtered like the others. */
export const NO_CLUSTER = 'none';

export interface Filters {
  hiddenTypes: ReadonlySet<NodeType>;
  hiddenClusters: ReadonlySet<string>;
  /** Minimum normalised PageRank, 0..1. */
  minImportance: number;
  /** Minimum link weight. */
  minWeight: number;
}

export interface Focus {
  node: string;
  hops: 1 | 2;
}

export interface Visibility {
  nodes: Set<string>;
  edges: GraphEdge[];
}

export const NO_FILTERS: Filters = { hiddenTypes: new Set(), hiddenClusters: new Set(), minImportance: 0, minWeight: 0 };

/**
 * Documents are hidden until asked for: each mentions most of the graph, so their hundreds of mention links
 * pull every node into one hairball. The articles stay one click away in the documents list.
 */
export const DEFAULT_HIDDEN_TYPES: readonly NodeType[] = ['document'];
export const DEFAULT_FILTERS: Filters = { ...NO_FILTERS, hiddenTypes: new Set(DEFAULT_HIDDEN_TYPES) };

export function computeVisibility(index: GraphIndex, filters: Filters, focus: Focus | null): Visibility {
  const nodes = new Set<string>();
  for (const node of index.graph.nodes) {
    if (filters.hiddenTypes.has(node.type)) continue;
    if (filters.hiddenClusters.has(node.cluster ?? NO_CLUSTER)) continue;
    if (node.importance < filters.minImportance) continue;
    nodes.add(node.id);
  }
  // A mention link only means something next to its document; without documents it is never drawn.
  const documentsShown = !filters.hiddenTypes.has('document');
  const strongEnough = (edge: GraphEdge) => edge.weight >= filters.minWeight && (documentsShown || edge.kind !== 'mention');
  if (focus && index.nodes.has(focus.node)) {
    const near = new Set([focus.node]);
    let frontier = [focus.node];
    for (let hop = 0; hop < focus.hops; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const { node, edge } of index.neighbours.get(id) ?? []) {
          if (!near.has(node.id) && nodes.has(node.id) && strongEnough(edge)) {
            near.add(node.id);
            next.push(node.id);
          }
        }
      }
      frontier = next;
    }
    nodes.clear();
    near.forEach((id) => nodes.add(id));
  }
  const edges = index.graph.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target) && strongEnough(edge));
  return { nodes, edges };
}
