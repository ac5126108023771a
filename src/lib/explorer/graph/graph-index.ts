/**
 * Lookup tables over a parsed graph file, built once per load: the explorer asks "what touches this node?" and
 * "which nodes are mentioned in this passage?" on every hover and click, so those answers are precomputed.
 */
import type { Cluster, GraphData, GraphDocument, GraphEdge, GraphNode, Passage } from '../../graph/schema';

export interface Neighbour {
  node: GraphNode;
  edge: GraphEdge;
}

/** A node's mention inside one passage, for highlighting the passage text. */
export interface PassageMention {
  node: GraphNode;
  start: number;
  end: number;
}

export interface GraphIndex {
  graph: GraphData;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  passages: Map<string, Passage>;
  documents: Map<string, GraphDocument>;
  clusters: Map<string, Cluster>;
  /** Per node, its neighbours strongest link first. */
  neighbours: Map<string, Neighbour[]>;
  mentionsByPassage: Map<string, PassageMention[]>;
  /**
   * The strongest co-occurrence: it scales link widths, link forces and the strength filter. Mention weights
   * count occurrences and typed relations are scored apart, so either would flatten every co-occurrence.
   */
  maxWeight: number;
}

function strongestCooccurrence(edges: readonly GraphEdge[]): number {
  const max = (kinds: (kind: GraphEdge['kind']) => boolean) =>
    edges.reduce((best, edge) => (kinds(edge.kind) ? Math.max(best, edge.weight) : best), 0);
  return max((kind) => kind === 'cooccurrence') || max((kind) => kind !== 'mention') || max(() => true);
}

export function buildGraphIndex(graph: GraphData): GraphIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const neighbours = new Map<string, Neighbour[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    neighbours.get(edge.source)?.push({ node: nodes.get(edge.target)!, edge });
    neighbours.get(edge.target)?.push({ node: nodes.get(edge.source)!, edge });
  }
  for (const list of neighbours.values()) {
    list.sort((a, b) => b.edge.weight - a.edge.weight || b.node.importance - a.node.importance);
  }
  const mentionsByPassage = new Map<string, PassageMention[]>();
  for (const node of graph.nodes) {
    for (const mention of node.mentions) {
      const list = mentionsByPassage.get(mention.passage) ?? [];
      list.push({ node, start: mention.start, end: mention.end });
      mentionsByPassage.set(mention.passage, list);
    }
  }
  return {
    graph,
    nodes,
    edges: new Map(graph.edges.map((edge) => [edge.id, edge])),
    passages: new Map(graph.passages.map((passage) => [passage.id, passage])),
    documents: new Map(graph.documents.map((document) => [document.id, document])),
    clusters: new Map(graph.clusters.map((cluster) => [cluster.id, cluster])),
    neighbours,
    mentionsByPassage,
    maxWeight: strongestCooccurrence(graph.edges)
  };
}

/** A node's passages grouped by document, in the order the documents list them. */
export function groupMentionsByDocument(index: GraphIndex, node: GraphNode): { document: GraphDocument; passages: Passage[] }[] {
  const passageIds = new Set(node.mentions.map((mention) => mention.passage));
  return groupPassages(index, [...passageIds]);
}

export function groupPassages(index: GraphIndex, passageIds: string[]): { document: GraphDocument; passages: Passage[] }[] {
  const wanted = new Set(passageIds);
  const groups: { document: GraphDocument; passages: Passage[] }[] = [];
  for (const document of index.graph.documents) {
    const passages = document.passages.filter((id) => wanted.has(id)).map((id) => index.passages.get(id)!);
    if (passages.length > 0) groups.push({ document, passages });
  }
  return groups;
}

/** The sentences just before and after a passage in the same paragraph: enough context to read a mention. */
export function passageContext(index: GraphIndex, passage: Passage): { before: Passage | null; after: Passage | null } {
  const siblings = index.documents.get(passage.document)?.passages ?? [];
  const at = siblings.indexOf(passage.id);
  const near = (id: string | undefined) => {
    const other = id === undefined ? undefined : index.passages.get(id);
    return other && other.paragraph === passage.paragraph ? other : null;
  };
  return { before: near(siblings[at - 1]), after: near(siblings[at + 1]) };
}
