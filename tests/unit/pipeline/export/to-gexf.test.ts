import { OTHER_CLUSTER_COLOR } from '../../../../src/lib/graph/cluster-size';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { toGexf } from '../../../../src/lib/pipeline/export/to-gexf';
import { loadTinyGraph, loadTrickyGraph, TRICKY_LABELS } from './graphs';

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${value >> 16},${(value >> 8) & 255},${value & 255})`;
}

describe('toGexf', () => {
  const graph = loadTrickyGraph();
  const text = toGexf(graph);
  const back = parse(Graph, text);
  const clusters = new Map(graph.clusters.map((cluster) => [cluster.id, cluster]));

  it('declares GEXF 1.3 with the viz namespace Gephi reads', () => {
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
  });

  it('parses back with the same nodes, labels, attributes, positions, colours and sizes', () => {
    expect(back.nodes()).toEqual(graph.nodes.map((node) => node.id));
    for (const node of graph.nodes) {
      const cluster = node.cluster === null ? undefined : clusters.get(node.cluster);
      const expected: Record<string, unknown> = {
        label: node.label,
        type: node.type,
        frequency: node.frequency,
        degree: node.degree,
        pagerank: node.pagerank,
        x: node.x,
        y: node.y,
        color: cluster ? rgb(cluster.color) : rgb(OTHER_CLUSTER_COLOR),
        size: Math.round((4 + 16 * node.pagerank) * 100) / 100
      };
      if (cluster) Object.assign(expected, { cluster: cluster.id, cluster_label: cluster.label });
      if (node.aliases.length > 0) expected.aliases = node.aliases.join(' | ');
      expect(back.getNodeAttributes(node.id)).toEqual(expected);
    }
  });

  it.each(Object.entries(TRICKY_LABELS).map(([id, label]) => ({ id, label })))('keeps the label of $id intact: $label', ({ id, label }) => {
    expect(back.getNodeAttribute(id, 'label')).toBe(label);
  });

  it('parses back with the same undirected edges: ends, kind, weight, relation, and the relation’s direction', () => {
    expect(back.edges()).toEqual(graph.edges.map((edge) => edge.id));
    for (const edge of graph.edges) {
      expect(back.source(edge.id)).toBe(edge.source);
      expect(back.target(edge.id)).toBe(edge.target);
      expect(back.isUndirected(edge.id)).toBe(true);
      const expected: Record<string, unknown> = {
        label: edge.relation ?? edge.kind,
        kind: edge.kind,
        weight: edge.weight,
        direction: edge.kind === 'cooccurrence' ? 'none' : 'source-to-target',
        evidence_count: edge.evidence.length
      };
      if (edge.relation !== null) expected.relation = edge.relation;
      expect(back.getEdgeAttributes(edge.id)).toEqual(expected);
    }
  });

  it('keeps a co-occurrence and a stated relation between the same pair as two edges', () => {
    expect(back.multi).toBe(true);
    expect(back.edges('person:jean-martin', 'organization:relation-et-cie')).toHaveLength(2);
  });

  it('writes the same bytes on every run', () => {
    expect(toGexf(loadTrickyGraph())).toBe(text);
    expect(toGexf(loadTinyGraph())).not.toBe(text);
  });
});
