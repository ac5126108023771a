/** GEXF and GraphML a piece at a time: a large graph's document is never one string, and the pieces make the whole. */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../src/lib/graph/schema';
import { gexfChunks, toGexf } from '../../../../src/lib/pipeline/export/to-gexf';
import { graphmlChunks, toGraphml } from '../../../../src/lib/pipeline/export/to-graphml';
import { loadTinyGraph } from './graphs';

/** The tiny graph and 5,000 more concepts, each linked to the first: about a megabyte of XML. */
function largeGraph(): GraphData {
  const graph = loadTinyGraph();
  const [first] = graph.nodes;
  const [edge] = graph.edges;
  for (let i = 0; i < 5000; i++) {
    const id = `concept:ajout-${i}`;
    graph.nodes.push({ ...first, id, label: `ajout « ${i} » & co` });
    graph.edges.push({ ...edge, id: `cooccurrence:${first.id}--${id}`, source: first.id, target: id, kind: 'cooccurrence', relation: null });
  }
  return graph;
}

describe.each([
  { format: 'GEXF', chunks: gexfChunks, whole: toGexf, parse: parseGexf },
  { format: 'GraphML', chunks: graphmlChunks, whole: toGraphml, parse: parseGraphml }
])('$format pieces', ({ chunks, whole, parse }) => {
  const graph = largeGraph();
  const pieces = [...chunks(graph)];

  it('are many, each a small part of the document', () => {
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(80_000);
  });

  it('join into the document, which reads back with every node and edge', () => {
    const text = pieces.join('');
    expect(text).toBe(whole(graph));
    const back = parse(Graph, text);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.size).toBe(graph.edges.length);
    expect(back.getNodeAttribute('concept:ajout-4999', 'label')).toBe('ajout « 4999 » & co');
  });
});
