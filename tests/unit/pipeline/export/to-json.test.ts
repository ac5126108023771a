import { describe, it, expect } from 'vitest';
import { jsonChunks, toJson } from '../../../../src/lib/pipeline/export/to-json';
import { GraphDataError, parseGraphData } from '../../../../src/lib/graph/schema';
import { loadTinyGraph, loadTrickyGraph } from './graphs';

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
  }
  return value;
}

describe('toJson', () => {
  it.each([
    { name: 'the tiny graph', graph: loadTinyGraph() },
    { name: 'labels with commas, quotes and « guillemets »', graph: loadTrickyGraph() }
  ])('writes $name as one line that parses back to the same graph', ({ graph }) => {
    const text = toJson(graph);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(parseGraphData(JSON.parse(text))).toEqual(graph);
  });

  it('writes the same bytes whatever the key order of the objects it is given', () => {
    const graph = loadTinyGraph();
    const shuffled = reverseKeys(graph) as typeof graph;
    expect(Object.keys(shuffled)[0]).not.toBe('schemaVersion');
    expect(toJson(shuffled)).toBe(toJson(graph));
    expect(toJson(graph).startsWith('{"schemaVersion":1,"meta":{"modularity":')).toBe(true);
  });

  it('refuses a graph the explorer would reject, naming the field', () => {
    const graph = loadTinyGraph();
    graph.edges[0].target = 'concept:inconnu';
    expect(() => toJson(graph)).toThrow(GraphDataError);
    expect(() => toJson(graph)).toThrow('edges[0].target names unknown node "concept:inconnu"');
  });

  it('gives the same bytes a record at a time, so a graph larger than one string can be streamed', () => {
    const graph = loadTrickyGraph();
    const chunks = [...jsonChunks(graph)];
    expect(chunks.join('')).toBe(`${JSON.stringify(parseGraphData(graph))}\n`);
    const records = graph.documents.length + graph.passages.length + graph.nodes.length + graph.edges.length + graph.clusters.length;
    const longestRecord = Math.max(
      ...[graph.documents, graph.passages, graph.nodes, graph.edges, graph.clusters].flat().map((item) => JSON.stringify(item).length + 1)
    );
    expect(chunks.length).toBeGreaterThan(records);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(longestRecord);
  });
});
