import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { describe, it, expect } from 'vitest';
import { isSmallCluster, OTHER_CLUSTER_COLOR } from '../../../src/lib/graph/cluster-size';
import { cluster } from '../../../src/lib/pipeline/cluster';
import { CLUSTER_PALETTE, pickClusterColor } from '../../../src/lib/pipeline/cluster/colors';
import { createSeededRandom } from '../../../src/lib/pipeline/seeded-random';
import type { ExtractedNode, LinkedEdge } from '../../../src/lib/pipeline/types';
import threeCliques from '../../fixtures/three-cliques.json';

const nodes = threeCliques.nodes as ExtractedNode[];
const edges = threeCliques.edges as LinkedEdge[];

const ENERGY = ['concept:energie', 'concept:transition-energetique', 'concept:eolien', 'concept:solaire'];
const CUSTOMER = ['concept:experience-client', 'concept:relation-client', 'concept:fidelite', 'concept:service-client'];
const AI = ['concept:intelligence-artificielle', 'concept:donnees', 'person:yann-lecun', 'organization:meta'];

function concept(id: string, label = id.slice('concept:'.length)): ExtractedNode {
  return { id, label, type: 'concept', aliases: [], mentions: [], typeConfidence: 1, salience: 1 };
}

function edge(source: string, target: string, weight = 1): LinkedEdge {
  return { source, target, kind: 'cooccurrence', weight, relation: null, evidence: [] };
}

describe('cluster: three cliques joined by bridges', () => {
  const result = cluster(nodes, edges, { seed: 7 });

  it.each([
    { name: 'énergie', members: ENERGY },
    { name: 'expérience client', members: CUSTOMER },
    { name: 'IA, with a person and an organisation', members: AI }
  ])('puts the $name clique in one cluster of its own', ({ members }) => {
    const ids = new Set(members.map((id) => result.assignment.get(id)));
    expect(ids.size).toBe(1);
    const [id] = ids;
    expect(id).not.toBeNull();
    expect([...result.clusters.find((item) => item.id === id)!.nodes].sort()).toEqual([...members].sort());
  });

  it('leaves the document out of every cluster', () => {
    expect(result.assignment.get('doc:article-1')).toBeNull();
    expect(result.clusters).toHaveLength(3);
  });

  it('names each cluster by its most characteristic multi-word concept, and colours it from the palette', () => {
    const ai = result.clusters.find((item) => item.nodes.includes('concept:donnees'))!;
    expect(ai.label).toBe('intelligence artificielle');
    const energy = result.clusters.find((item) => item.nodes.includes('concept:energie'))!;
    // The bridge end is the clique's most central concept, but part of its links leave the clique: a concept
    // whose links all stay inside names the cluster before it.
    expect(energy.nodes[0]).toBe('concept:solaire');
    expect(energy.label).toBe('transition énergétique');
    expect(result.clusters.map((item) => item.color)).toEqual(CLUSTER_PALETTE.slice(0, 3));
    for (const item of result.clusters) expect(item.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('numbers clusters c0, c1… by size then label', () => {
    expect(result.clusters.map((item) => item.id)).toEqual(['c0', 'c1', 'c2']);
    const labels = result.clusters.map((item) => item.label);
    expect(labels).toEqual([...labels].sort());
  });

  it('reports a clearly positive modularity', () => {
    expect(result.modularity).toBeGreaterThan(0.4);
    expect(result.modularity).toBeLessThanOrEqual(1);
  });

  it('measures degree without mention edges and PageRank normalised to a maximum of 1', () => {
    expect(result.centrality.get('concept:energie')!.degree).toBe(3);
    expect(result.centrality.get('concept:solaire')!.degree).toBe(4);
    expect(result.centrality.get('doc:article-1')).toEqual({ degree: 0, pagerank: 0 });
    const ranks = [...result.centrality.values()].map((value) => value.pagerank);
    expect(Math.max(...ranks)).toBe(1);
    expect(result.centrality.get('concept:solaire')!.pagerank).toBeGreaterThan(result.centrality.get('concept:eolien')!.pagerank);
  });

  it('gives the same clusters, byte for byte, on every run and whatever the input order', () => {
    const serialise = (value: ReturnType<typeof cluster>) =>
      JSON.stringify({ ...value, assignment: [...value.assignment], centrality: [...value.centrality] });
    expect(serialise(cluster(nodes, edges, { seed: 7 }))).toBe(serialise(result));
    expect(serialise(cluster([...nodes].reverse(), [...edges].reverse(), { seed: 7 }))).toBe(serialise(result));
  });
});

describe('cluster: small communities', () => {
  const ids = ['a', 'b', 'c', 'd', 'queue-1', 'queue-2', 'seul'].map((id) => `concept:${id}`);
  const clique = ids.slice(0, 4).flatMap((a, i) => ids.slice(i + 1, 4).map((b) => edge(a, b)));
  const pendant = cluster(ids.map((id) => concept(id)), [
    ...clique,
    edge('concept:d', 'concept:queue-1', 0.5),
    edge('concept:queue-1', 'concept:queue-2', 3)
  ]);

  it('keeps a pendant pair as a small group of its own, in the neutral colour, after the groups shown by name', () => {
    expect(pendant.clusters.map((item) => item.nodes.length)).toEqual([4, 2]);
    const [shown, small] = pendant.clusters;
    expect(small.nodes.sort()).toEqual(['concept:queue-1', 'concept:queue-2']);
    expect(small.color).toBe(OTHER_CLUSTER_COLOR);
    expect(isSmallCluster(small)).toBe(true);
    expect(shown.color).toBe(CLUSTER_PALETTE[0]);
  });

  it('leaves a node without links out of every cluster', () => {
    expect(pendant.assignment.get('concept:seul')).toBeNull();
  });

  it('stores the modularity of the partition Louvain found, which folding the pair in would lower', () => {
    const graph = new UndirectedGraph();
    ids.forEach((id) => graph.addNode(id));
    for (const item of [...clique, edge('concept:d', 'concept:queue-1', 0.5), edge('concept:queue-1', 'concept:queue-2', 3)]) {
      graph.addEdge(item.source, item.target, { weight: item.weight });
    }
    const folded = modularity(graph, {
      getEdgeWeight: 'weight',
      getNodeCommunity: (node: string) => (node === 'concept:seul' ? 'seul' : 'one')
    });
    expect(pendant.modularity).toBeGreaterThan(folded + 0.05);
  });

  it('keeps an isolated pair (a person and an organisation) as a small group', () => {
    const result = cluster(
      [
        { ...concept('person:marie-dupont', 'Marie Dupont'), type: 'person' },
        { ...concept('organization:energie-verte', 'Énergie Verte'), type: 'organization' }
      ],
      [{ source: 'person:marie-dupont', target: 'organization:energie-verte', kind: 'affiliation', weight: 2, relation: 'PDG de', evidence: [] }]
    );
    expect(result.clusters).toHaveLength(1);
    expect(isSmallCluster(result.clusters[0])).toBe(true);
    expect(result.assignment.get('person:marie-dupont')).toBe(result.assignment.get('organization:energie-verte'));
  });

  it('handles a graph without edges', () => {
    const result = cluster([concept('concept:seul')], []);
    expect(result).toMatchObject({ clusters: [], modularity: 0 });
    expect(result.assignment.get('concept:seul')).toBeNull();
    expect(result.centrality.get('concept:seul')).toEqual({ degree: 0, pagerank: 0 });
  });
});

describe('cluster: options', () => {
  it.each([
    { options: { resolution: 0 }, message: 'cluster: option resolution must be a positive number, got 0' },
    { options: { seedTries: 1.5 }, message: 'cluster: option seedTries must be a positive integer, got 1.5' }
  ])('rejects $options, naming it', ({ options, message }) => {
    expect(() => cluster(nodes, edges, options)).toThrow(message);
  });

  it('finds the same three cliques whatever the seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      const { assignment } = cluster(nodes, edges, { seed });
      for (const members of [ENERGY, CUSTOMER, AI]) expect(new Set(members.map((id) => assignment.get(id))).size).toBe(1);
    }
  });
});

describe('cluster: as good as the peer', () => {
  // A planted partition (six groups of 20, dense inside, sparse across) with pairs hanging off it:
  // the shape where Louvain's result depends on its seed and where small groups appear.
  const random = createSeededRandom(5);
  const planted: ExtractedNode[] = [];
  const links: LinkedEdge[] = [];
  for (let i = 0; i < 120; i++) planted.push(concept(`concept:n${String(i).padStart(3, '0')}`));
  for (let i = 0; i < 120; i++) {
    for (let j = i + 1; j < 120; j++) {
      const p = Math.floor(i / 20) === Math.floor(j / 20) ? 0.3 : 0.02;
      if (random() < p) links.push(edge(planted[i].id, planted[j].id, 1 + Math.floor(random() * 3)));
    }
  }
  for (let i = 0; i < 12; i++) {
    // A pair that co-occurs often and touches the rest once, as a name and its company do in real graphs.
    planted.push(concept(`concept:pair-${i}-a`), concept(`concept:pair-${i}-b`));
    links.push(edge(`concept:pair-${i}-a`, `concept:pair-${i}-b`, 4));
    links.push(edge(`concept:pair-${i}-a`, planted[Math.floor(random() * 120)].id, 0.5));
  }

  it('scores at least 0.98 of the modularity graphology’s own Louvain finds on the same graph', () => {
    const graph = new UndirectedGraph();
    planted.forEach((node) => graph.addNode(node.id));
    for (const item of links) graph.updateEdge(item.source, item.target, (attributes) => ({ weight: ((attributes.weight as number) ?? 0) + item.weight }));
    const peer = Math.max(...[1, 2, 3].map((seed) => louvain.detailed(graph, { getEdgeWeight: 'weight', rng: createSeededRandom(seed) }).modularity));
    expect(cluster(planted, links).modularity).toBeGreaterThanOrEqual(0.98 * peer);
  });
});

describe('pickClusterColor', () => {
  it.each([
    { index: 0, expected: '#4e79a7' },
    { index: 9, expected: '#bab0ab' },
    { index: 10, expected: '#8dd3c7' },
    { index: CLUSTER_PALETTE.length, expected: '#4e79a7' }
  ])('cluster $index → $expected', ({ index, expected }) => {
    expect(pickClusterColor(index)).toBe(expected);
  });

  it('never hands out the grey kept for unclustered nodes', () => {
    expect(CLUSTER_PALETTE).not.toContain('#d9d9d9');
    expect(new Set(CLUSTER_PALETTE).size).toBe(CLUSTER_PALETTE.length);
  });
});
