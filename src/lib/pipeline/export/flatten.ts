/**
 * The graph as flat rows, one per node and per edge: what every tabular or XML export writes, computed once
 * so CSV, GEXF and GraphML agree on names, values and order (the graph file's order, already sorted by id).
 *
 * Every string is made safe for XML 1.0 here, once: control characters (from a hand-typed curation label or
 * a corpus.json title) and lone UTF-16 surrogates have no XML form at all, and one of them makes a strict
 * parser (networkx, Gephi) refuse the whole file.
 */
import { OTHER_CLUSTER_COLOR } from '../../graph/cluster-size';
import type { EdgeKind, GraphData, NodeType } from '../../graph/schema';

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

/**
 * The exports are undirected graphs (one convention, which networkx, Gephi and graphology all read); a stated
 * relation or mention reads from source to target, and says so in this attribute.
 */
export const EDGE_DIRECTIONS = ['none', 'source-to-target'] as const;
export type EdgeDirection = (typeof EDGE_DIRECTIONS)[number];

export interface EdgeRow {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Co-occurrence is symmetric; stated relations and mentions read from source to target. */
  direction: EdgeDirection;
  weight: number;
  relation: string | null;
  evidenceCount: number;
}

/** C0 controls but tab, line feed and carriage return; DEL and the C1 block; U+FFFE/U+FFFF; lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function cleanText(text: string): string {
  return text.replace(NOT_XML, '');
}

const cleanOrNull = (text: string | null) => (text === null ? null : cleanText(text));

export function flattenNodes(graph: GraphData): NodeRow[] {
  const clusters = new Map(graph.clusters.map((cluster) => [cluster.id, cluster]));
  return graph.nodes.map((node) => {
    const cluster = node.cluster === null ? undefined : clusters.get(node.cluster);
    return {
      id: cleanText(node.id),
      label: cleanText(node.label),
      type: node.type,
      cluster: cleanOrNull(node.cluster),
      clusterLabel: cleanOrNull(cluster?.label ?? null),
      color: cluster?.color.toLowerCase() ?? OTHER_CLUSTER_COLOR,
      frequency: node.frequency,
      degree: node.degree,
      pagerank: node.pagerank,
      x: node.x,
      y: node.y,
      aliases: cleanText(node.aliases.join(ALIAS_SEPARATOR))
    };
  });
}

export function flattenEdges(graph: GraphData): EdgeRow[] {
  return graph.edges.map((edge) => ({
    id: cleanText(edge.id),
    source: cleanText(edge.source),
    target: cleanText(edge.target),
    kind: edge.kind,
    direction: edge.kind === 'cooccurrence' ? 'none' : 'source-to-target',
    weight: edge.weight,
    relation: cleanOrNull(edge.relation),
    evidenceCount: edge.evidence.length
  }));
}
