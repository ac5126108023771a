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

  it('writes half a UTF-16 pair as U+FFFD, so strict UTF-8 readers accept the file and offsets still hold', () => {
    const graph = loadTinyGraph();
    graph.nodes[0].label = 'Nadella\ud800';
    graph.documents[0].title = '\udc00Titre';
    const passage = graph.passages[0];
    passage.text = `${passage.text.slice(0, -1)}\ud83d`;
    const text = toJson(graph);
    expect(text).not.toMatch(/\\ud[89a-f]/u);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text))).toBe(text);
    const back = parseGraphData(JSON.parse(text));
    expect(back.nodes[0].label).toBe('Nadella\ufffd');
    expect(back.documents[0].title).toBe('\ufffdTitre');
    expect(back.passages[0].text).toHaveLength(passage.text.length);
    expect(back.passages[0].text.endsWith('\ufffd')).toBe(true);
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
