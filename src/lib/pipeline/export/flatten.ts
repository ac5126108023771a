/**
 * The graph as flat rows, one per node and per edge: what every tabular or XML export writes, computed once
 * so CSV, GEXF and GraphML agree on names, values and order (the graph file's order, already sorted by id).
 */
import type { EdgeKind, GraphData, NodeType } from '../../graph/schema';

/** Colour for nodes without a cluster (documents, isolated nodes): neutral, so clustered nodes stand out. */
export const NO_CLUSTER_COLOR = '#9e9e9e';

/** Aliases in one cell: " | " reads well and, unlike commas, does not occur in French names. */
export const ALIAS_SEPARATOR = ' | ';

export interface NodeRow {
  id: string;
  label: string;
  type: NodeType;
  cluster: string | null;
  clusterLabel: string | null;
  color: string;
  frequency: number;
  degree: number;
  pagerank: number;
  x: number;
  y: number;
  aliases: string;
}

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Co-occurrence is symmetric; stated relations and mentions read from source to target. */
  directed: boolean;
  weight: number;
  relation: string | null;
  evidenceCount: number;
}

export function flattenNodes(graph: GraphData): NodeRow[] {
  const clusters = new Map(graph.clusters.map((cluster) => [cluster.id, cluster]));
  return graph.nodes.map((node) => {
    const cluster = node.cluster === null ? undefined : clusters.get(node.cluster);
    return {
      id: node.id,
      label: node.label,
      type: node.type,
      cluster: node.cluster,
      clusterLabel: cluster?.label ?? null,
      color: cluster?.color.toLowerCase() ?? NO_CLUSTER_COLOR,
      frequency: node.frequency,
      degree: node.degree,
      pagerank: node.pagerank,
      x: node.x,
      y: node.y,
      aliases: node.aliases.join(ALIAS_SEPARATOR)
    };
  });
}

export function flattenEdges(graph: GraphData): EdgeRow[] {
  return graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
    directed: edge.kind !== 'cooccurrence',
    weight: edge.weight,
    relation: edge.relation,
    evidenceCount: edge.evidence.length
  }));
}
