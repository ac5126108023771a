/**
 * Assemble: the stages' results put together as the graph file (`GraphData`), in a stable order.
 *
 * Passages are the sentences; a node's mentions lose their `surface` (the passage text and offsets give it
 * back) and gain the documents they occur in.
 */
import { SCHEMA_VERSION, type Cluster, type GraphData, type GraphEdge, type GraphNode } from '../graph/schema';
import type { Centrality } from './cluster';
import { documentOfPassage } from '../graph/passage-id';
import { compareIds } from './compare-ids';
import type { ExtractedNode, IngestedDocument, LinkedEdge, Sentence } from './types';

export interface AssembleInput {
  documents: readonly IngestedDocument[];
  sentences: readonly Sentence[];
  nodes: readonly ExtractedNode[];
  edges: readonly LinkedEdge[];
  clusters: readonly Cluster[];
  assignment: ReadonlyMap<string, string | null>;
  centrality: ReadonlyMap<string, Centrality>;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  modularity: number;
}

export function assembleGraph(input: AssembleInput): GraphData {
  const passageIds = new Map<string, string[]>();
  for (const sentence of input.sentences) {
    const list = passageIds.get(sentence.document);
    if (list) list.push(sentence.id);
    else passageIds.set(sentence.document, [sentence.id]);
  }
  const documents = [...input.documents]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((document) => ({
      id: document.id,
      file: document.file,
      title: document.title,
      author: document.author,
      url: document.url,
      date: document.date,
      language: document.language,
      passages: passageIds.get(document.id) ?? []
    }));
  const passages = input.sentences.map((sentence) => ({
    id: sentence.id,
    document: sentence.document,
    paragraph: sentence.paragraph,
    start: sentence.start,
    text: sentence.text
  }));
  // Documents are containers, not ideas: their salience is 0 and they do not set the scale.
  const highest = input.nodes.reduce((max, node) => (node.type === 'document' ? max : Math.max(max, node.salience)), 0);
  const nodes: GraphNode[] = [...input.nodes]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((node) => {
      const position = input.positions.get(node.id) ?? { x: 0, y: 0 };
      const centrality = input.centrality.get(node.id) ?? { degree: 0, pagerank: 0 };
      const documentIds =
        node.type === 'document' ? [node.id.slice('doc:'.length)] : [...new Set(node.mentions.map((m) => documentOfPassage(m.passage)))].sort(compareIds);
      return {
        id: node.id,
        label: node.label,
        type: node.type,
        aliases: node.aliases,
        cluster: input.assignment.get(node.id) ?? null,
        mentions: node.mentions.map(({ passage, start, end }) => ({ passage, start, end })),
        documents: documentIds,
        frequency: node.mentions.length,
        typeConfidence: node.typeConfidence,
        degree: centrality.degree,
        pagerank: centrality.pagerank,
        importance: highest > 0 ? Math.round((node.salience / highest) * 1e4) / 1e4 : 0,
        x: position.x,
        y: position.y
      };
    });
  const used = new Map<string, number>();
  const edges: GraphEdge[] = input.edges.map((edge) => {
    const base = `${edge.kind}:${edge.source}->${edge.target}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return {
      id: seen === 0 ? base : `${base}#${seen + 1}`,
      source: edge.source,
      target: edge.target,
      kind: edge.kind,
      weight: edge.weight,
      relation: edge.relation,
      evidence: edge.evidence
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { modularity: input.modularity },
    documents,
    passages,
    nodes,
    edges,
    clusters: [...input.clusters]
  };
}
