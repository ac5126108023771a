/**
 * Generates a valid graph file of any size for the explorer benchmark: clustered nodes with a skewed
 * importance, links mostly inside clusters, one passage per node. Seeded, so every run draws the same graph.
 */
import { fakerFR } from '@faker-js/faker';
import { NODE_TYPES, parseGraphData, SCHEMA_VERSION, type GraphData } from '../../src/lib/graph/schema';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export function generateExplorerGraph(nodeCount: number, seed = 42): GraphData {
  fakerFR.seed(seed);
  const clusterCount = Math.max(2, Math.min(PALETTE.length, Math.round(nodeCount / 100)));
  const clusters = Array.from({ length: clusterCount }, (_, i) => ({
    id: `c${i}`,
    label: fakerFR.lorem.words(2),
    color: PALETTE[i],
    nodes: [] as string[],
    cx: Math.cos((2 * Math.PI * i) / clusterCount) * Math.sqrt(nodeCount) * 30,
    cy: Math.sin((2 * Math.PI * i) / clusterCount) * Math.sqrt(nodeCount) * 30
  }));
  const passages: GraphData['passages'] = [];
  const nodes: GraphData['nodes'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const cluster = clusters[i % clusterCount];
    const label = `${fakerFR.lorem.word()} ${fakerFR.lorem.word()} ${i}`;
    const text = `Le texte évoque ${label} dans une phrase générée.`;
    const passage = `doc/${i}`;
    passages.push({ id: passage, document: 'doc', paragraph: i, start: 0, text });
    const start = text.indexOf(label);
    const spread = Math.sqrt(nodeCount / clusterCount) * 12;
    const type = NODE_TYPES[fakerFR.number.int({ min: 0, max: 2 })];
    const importance = fakerFR.number.float({ min: 0, max: 1 }) ** 4;
    nodes.push({
      id: `n${i}`,
      label,
      type,
      aliases: [],
      cluster: cluster.id,
      mentions: [{ passage, start, end: start + label.length }],
      documents: ['doc'],
      frequency: 1,
      typeConfidence: 1,
      degree: 0,
      pagerank: importance,
      importance,
      x: cluster.cx + fakerFR.number.float({ min: -spread, max: spread }),
      y: cluster.cy + fakerFR.number.float({ min: -spread, max: spread })
    });
    cluster.nodes.push(`n${i}`);
  }
  const edges: GraphData['edges'] = [];
  const seen = new Set<string>();
  for (let i = 0; i < nodeCount * 3; i++) {
    const a = fakerFR.number.int({ min: 0, max: nodeCount - 1 });
    const sameCluster = fakerFR.number.float() < 0.9;
    let b = fakerFR.number.int({ min: 0, max: nodeCount - 1 });
    if (sameCluster) b = (b - (b % clusterCount) + (a % clusterCount)) % nodeCount;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    nodes[a].degree++;
    nodes[b].degree++;
    edges.push({ id: `e${key}`, source: `n${a}`, target: `n${b}`, kind: 'cooccurrence', weight: fakerFR.number.int({ min: 1, max: 5 }), relation: null, evidence: [] });
  }
  return parseGraphData({
    schemaVersion: SCHEMA_VERSION,
    meta: { modularity: 0.5 },
    documents: [{ id: 'doc', file: 'doc.txt', title: 'Corpus généré', author: null, url: null, date: null, language: 'fr', passages: passages.map((p) => p.id) }],
    passages,
    nodes,
    edges,
    clusters: clusters.map(({ id, label, color, nodes: members }) => ({ id, label, color, nodes: members }))
  });
}
