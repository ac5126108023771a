// A stored graph downloaded in the CLI's other formats: the CLI's writers' bytes, the CSV pair in one zip.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toCsv, toGexf, toGraphml, toJson } from '../../../../src/lib/pipeline/export';
import { exportGraph } from '../../../../src/lib/texts/worker/export-graph';
import { loadTinyGraph } from '../../pipeline/export/graphs';

describe('exportGraph', () => {
  const graph = loadTinyGraph();
  const json = toJson(graph);

  it.each([
    { format: 'gexf' as const, name: 'graph.gexf', expected: toGexf(graph) },
    { format: 'graphml' as const, name: 'graph.graphml', expected: toGraphml(graph) }
  ])('writes $format as the CLI writes $name', ({ format, name, expected }) => {
    const file = exportGraph(json, format);
    expect(file.name).toBe(name);
    expect(strFromU8(file.bytes)).toBe(expected);
  });

  it('zips nodes.csv and edges.csv as the CLI writes them, the same bytes every time', () => {
    const file = exportGraph(json, 'csv');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(strFromU8(entries['nodes.csv'])).toBe(toCsv(graph).nodes);
    expect(strFromU8(entries['edges.csv'])).toBe(toCsv(graph).edges);
    expect(exportGraph(json, 'csv').bytes).toEqual(file.bytes);
  });

  it('names the field of a graph that no longer reads', () => {
    const broken = JSON.parse(json) as { nodes: { type: string }[] };
    broken.nodes[0].type = 'planète';
    expect(() => exportGraph(JSON.stringify(broken), 'gexf')).toThrow(/nodes/);
  });
});
