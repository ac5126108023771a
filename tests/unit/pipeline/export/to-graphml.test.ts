import { OTHER_CLUSTER_COLOR } from '../../../../src/lib/graph/cluster-size';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { toGraphml } from '../../../../src/lib/pipeline/export/to-graphml';
import { loadTinyGraph, loadTrickyGraph, TRICKY_LABELS } from './graphs';

describe('toGraphml', () => {
  const graph = loadTrickyGraph();
  const text = toGraphml(graph);
  const back = parse(Graph, text);
  const clusters = new Map(graph.clusters.map((cluster) => [cluster.id, cluster]));

  it.each([
    { name: 'label', type: 'string' },
    { name: 'type', type: 'string' },
    { name: 'cluster', type: 'string' },
    { name: 'color', type: 'string' },
    { name: 'frequency', type: 'int' },
    { name: 'pagerank', type: 'double' },
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' }
  ])('declares node key $name as $type', ({ name, type }) => {
    expect(text).toContain(`for="node" attr.name="${name}" attr.type="${type}"`);
  });

  it('declares edge weight as a double', () => {
    expect(text).toContain('for="edge" attr.name="weight" attr.type="double"');
  });

  it('parses back with the same nodes and typed attributes', () => {
    expect(back.nodes()).toEqual(graph.nodes.map((node) => node.id));
    for (const node of graph.nodes) {
      const cluster = node.cluster === null ? undefined : clusters.get(node.cluster);
      const expected: Record<string, unknown> = {
        label: node.label,
        type: node.type,
        color: cluster?.color ?? OTHER_CLUSTER_COLOR,
        frequency: node.frequency,
        degree: node.degree,
        pagerank: node.pagerank,
        x: node.x,
        y: node.y
      };
      if (cluster) Object.assign(expected, { cluster: cluster.id, cluster_label: cluster.label });
      if (node.aliases.length > 0) expected.aliases = node.aliases.join(' | ');
      expect(back.getNodeAttributes(node.id)).toEqual(expected);
    }
  });

  it.each(Object.entries(TRICKY_LABELS).map(([id, label]) => ({ id, label })))('keeps the label of $id intact: $label', ({ id, label }) => {
    expect(back.getNodeAttribute(id, 'label')).toBe(label);
  });

  it('parses back with the same undirected edges, a stated relation’s direction as an attribute', () => {
    expect(back.edges()).toEqual(graph.edges.map((edge) => edge.id));
    for (const edge of graph.edges) {
      expect([back.source(edge.id), back.target(edge.id)]).toEqual([edge.source, edge.target]);
      expect(back.isUndirected(edge.id)).toBe(true);
      const direction = edge.kind === 'cooccurrence' ? 'none' : 'source-to-target';
      const expected: Record<string, unknown> = { kind: edge.kind, weight: edge.weight, direction, evidence_count: edge.evidence.length };
      if (edge.relation !== null) expected.relation = edge.relation;
      expect(back.getEdgeAttributes(edge.id)).toEqual(expected);
    }
  });

  it('writes the same bytes on every run', () => {
    expect(toGraphml(loadTrickyGraph())).toBe(text);
    expect(toGraphml(loadTinyGraph())).not.toBe(text);
  });
});
