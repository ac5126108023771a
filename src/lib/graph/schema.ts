/**
 * The graph file (`graph.json`): its shape, defined once.
 *
 * The pipeline writes it, the explorer reads it, the tests check it; all three import the types and
 * `parseGraphData` from here. The file is untrusted input for the explorer (it may be stale, hand-edited
 * or from a newer build), so parsing says exactly which field is wrong instead of failing later.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

export const NODE_TYPES = ['concept', 'person', 'organization', 'document'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * cooccurrence: both ends occur in the same sentence or paragraph (weight = association strength);
 * affiliation: the text states a person works for / leads / belongs to an organisation;
 * authorship: a document's author, or a person stated as co-author of a work;
 * mention: a document mentions a node.
 */
export const EDGE_KINDS = ['cooccurrence', 'affiliation', 'authorship', 'mention'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const id = v.pipe(v.string(), v.minLength(1));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());

export const MentionSchema = v.object({
  passage: id,
  /** UTF-16 offsets into the passage's `text`; `text.slice(start, end)` is one of the node's surface forms. */
  start: offset,
  end: offset
});

export const DocumentSchema = v.object({
  id,
  /** File name in the corpus folder. */
  file: v.string(),
  title: v.string(),
  author: v.nullable(v.string()),
  url: v.nullable(v.string()),
  date: v.nullable(v.string()),
  language: v.string(),
  /** Ids of this document's passages, in reading order. */
  passages: v.array(id)
});

export const PassageSchema = v.object({
  id,
  document: id,
  /** Paragraph index within the document; consecutive passages with the same index form one paragraph. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Offset of `text` in the document's cleaned text. */
  start: offset,
  text: v.string()
});

export const NodeSchema = v.object({
  id,
  label: v.string(),
  type: v.picklist(NODE_TYPES),
  aliases: v.array(v.string()),
  cluster: v.nullable(id),
  mentions: v.array(MentionSchema),
  /** Documents the node occurs in. */
  documents: v.array(id),
  /** How often the node occurs in the corpus. */
  frequency: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** How sure the extractor is of the node's type, 0..1 (1 for curated or cue-backed types). */
  typeConfidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  degree: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Weighted PageRank over the co-occurrence graph, normalised so the largest is 1. */
  pagerank: finite,
  /**
   * How much the node matters to this corpus, 0..1 (the largest is 1): what the explorer sizes nodes and
   * places labels by. For concepts, salience (termhood, spread, how much more the corpus uses the term than
   * French at large); for names, how often and widely they are mentioned.
   */
  importance: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  x: finite,
  y: finite
});

export const EdgeSchema = v.object({
  id,
  source: id,
  target: id,
  kind: v.picklist(EDGE_KINDS),
  weight: finite,
  /** The stated relation for typed edges ("PDG de", "chez", "co-auteur"); null for co-occurrence. */
  relation: v.nullable(v.string()),
  /**
   * Best first. Each item holds both ends: a passage id (a sentence where both occur, or that states the
   * relation), or the consecutive passages of one paragraph that run from one end to the other.
   */
  evidence: v.array(v.union([id, v.pipe(v.array(id), v.minLength(2))]))
});

export const ClusterSchema = v.object({
  id,
  label: v.string(),
  color: v.pipe(v.string(), v.hexColor()),
  /** Node ids in the cluster, most central first. */
  nodes: v.array(id)
});

export const GraphDataSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  meta: v.object({
    /** Louvain modularity of the clustering. */
    modularity: finite
  }),
  documents: v.array(DocumentSchema),
  passages: v.array(PassageSchema),
  nodes: v.array(NodeSchema),
  edges: v.array(EdgeSchema),
  clusters: v.array(ClusterSchema)
});

export type Mention = v.InferOutput<typeof MentionSchema>;
export type GraphDocument = v.InferOutput<typeof DocumentSchema>;
export type Passage = v.InferOutput<typeof PassageSchema>;
export type GraphNode = v.InferOutput<typeof NodeSchema>;
export type GraphEdge = v.InferOutput<typeof EdgeSchema>;
export type Cluster = v.InferOutput<typeof ClusterSchema>;
export type EvidenceItem = GraphEdge['evidence'][number];
export type GraphData = v.InferOutput<typeof GraphDataSchema>;

export class GraphDataError extends Error {
  override name = 'GraphDataError';
}

function describePath(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  return keys.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : String(key)),
    ''
  );
}

/**
 * Checks untrusted JSON and returns it typed, or throws a GraphDataError naming the field and what is wrong.
 * Besides the shape it checks references (edges to unknown nodes, mentions outside their passage), since a
 * dangling id would break the explorer far from its cause.
 */
export function parseGraphData(json: unknown): GraphData {
  if (json && typeof json === 'object' && 'schemaVersion' in json) {
    const version = (json as { schemaVersion: unknown }).schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new GraphDataError(
        `graph: schemaVersion ${version} is newer than this explorer understands (${SCHEMA_VERSION}); rebuild the graph or update the explorer`
      );
    }
  }
  const result = v.safeParse(GraphDataSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = describePath(issue);
    throw new GraphDataError(`graph: ${where ? `${where}: ` : ''}${issue.message}`);
  }
  checkReferences(result.output);
  return result.output;
}

function checkReferences(graph: GraphData): void {
  const fail = (message: string): never => {
    throw new GraphDataError(`graph: ${message}`);
  };
  // The explorer keys its lists by these ids: a duplicate would break a keyed {#each} far from its cause.
  const unique = <T>(items: readonly T[], list: string, field: string, key: (item: T) => string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) fail(`${list}[${index}]${field} "${value}" is listed twice`);
      seen.add(value);
    });
    return seen;
  };
  const documents = unique(graph.documents, 'documents', '.id', (document) => document.id);
  unique(graph.passages, 'passages', '.id', (passage) => passage.id);
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const nodes = unique(graph.nodes, 'nodes', '.id', (node) => node.id);
  unique(graph.edges, 'edges', '.id', (edge) => edge.id);
  const clusters = unique(graph.clusters, 'clusters', '.id', (cluster) => cluster.id);

  graph.documents.forEach((document, index) => {
    unique(document.passages, `documents[${index}].passages`, '', (passage) => passage);
    document.passages.forEach((passage, p) => {
      if (passages.get(passage)?.document !== document.id) fail(`documents[${index}].passages[${p}] names passage "${passage}", which is not one of this document's`);
    });
  });
  graph.passages.forEach((passage, index) => {
    if (!documents.has(passage.document)) fail(`passages[${index}].document names unknown document "${passage.document}"`);
  });
  graph.nodes.forEach((node, index) => {
    if (node.cluster !== null && !clusters.has(node.cluster)) {
      fail(`nodes[${index}].cluster names unknown cluster "${node.cluster}"`);
    }
    unique(node.documents, `nodes[${index}].documents`, '', (document) => document);
    node.documents.forEach((document, d) => {
      if (!documents.has(document)) fail(`nodes[${index}].documents[${d}] names unknown document "${document}"`);
    });
    node.mentions.forEach((mention, m) => {
      const passage = passages.get(mention.passage);
      if (!passage) return fail(`nodes[${index}].mentions[${m}].passage names unknown passage "${mention.passage}"`);
      if (mention.end <= mention.start || mention.end > passage.text.length) {
        fail(`nodes[${index}].mentions[${m}] [${mention.start}, ${mention.end}) lies outside passage "${passage.id}"`);
      }
    });
  });
  graph.edges.forEach((edge, index) => {
    if (!nodes.has(edge.source)) fail(`edges[${index}].source names unknown node "${edge.source}"`);
    if (!nodes.has(edge.target)) fail(`edges[${index}].target names unknown node "${edge.target}"`);
    if (edge.source === edge.target) fail(`edges[${index}] links node "${edge.source}" to itself`);
    unique(edge.evidence, `edges[${index}].evidence`, '', (item) => evidencePassages(item).join(' '));
    edge.evidence.forEach((item, e) => {
      for (const passage of evidencePassages(item)) {
        if (!passages.has(passage)) fail(`edges[${index}].evidence[${e}] names unknown passage "${passage}"`);
      }
    });
  });
  graph.clusters.forEach((cluster, index) => {
    unique(cluster.nodes, `clusters[${index}].nodes`, '', (node) => node);
    cluster.nodes.forEach((node, n) => {
      if (!nodes.has(node)) fail(`clusters[${index}].nodes[${n}] names unknown node "${node}"`);
    });
  });
}

/** The passages of one evidence item, in reading order. */
export function evidencePassages(item: EvidenceItem): readonly string[] {
  return typeof item === 'string' ? [item] : item;
}
