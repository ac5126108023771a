/**
 * The exports as other tools read them. networkx reads GEXF and GraphML with a strict XML parser and refuses
 * a file whose edges disagree with the graph's declared direction; Gephi and graphology read the same files.
 * Labels here carry what hand-typed curation and scraped pages bring: control characters, lone surrogates.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../../src/lib/pipeline/export/to-gexf';
import { toGraphml } from '../../../../src/lib/pipeline/export/to-graphml';
import { loadTrickyGraph } from './graphs';

/** Every element, with its attributes; throws at the first well-formedness or character error. */
function strictElements(xml: string): SaxesTagPlain[] {
  const parser = new SaxesParser();
  const elements: SaxesTagPlain[] = [];
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => elements.push(tag));
  parser.write(xml).close();
  if (failure) throw failure;
  return elements;
}

function hostileGraph() {
  const graph = loadTrickyGraph();
  graph.nodes[0].label = 'bell\u0007 and\u0000 null';
  graph.nodes[1].aliases = ['lone \uD800 high', 'lone \uDC00 low', 'emoji 😀 kept'];
  graph.clusters[0].label = 'form\u000Cfeed, \u001Bescape';
  graph.edges.find((edge) => edge.relation !== null)!.relation = 'PDG\u0001 de';
  return graph;
}

describe.each([
  { format: 'GEXF', write: toGexf },
  { format: 'GraphML', write: toGraphml }
])('$format export', ({ format, write }) => {
  const graph = hostileGraph();
  const text = write(graph);

  it('is well-formed XML with only characters XML allows', () => {
    expect(() => strictElements(text)).not.toThrow();
    expect(text).toContain('bell and null');
    expect(text).toContain('emoji 😀 kept');
  });

  it('declares one edge direction that every edge agrees with (what networkx checks)', () => {
    const elements = strictElements(text);
    const graphElement = elements.find((element) => element.name === 'graph')!;
    const edges = elements.filter((element) => element.name === 'edge');
    expect(edges).toHaveLength(graph.edges.length);
    if (format === 'GEXF') {
      expect(graphElement.attributes.defaultedgetype).toBe('undirected');
      for (const edge of edges) expect(edge.attributes.type ?? 'undirected').toBe('undirected');
    } else {
      expect(graphElement.attributes.edgedefault).toBe('undirected');
      for (const edge of edges) expect(edge.attributes.directed ?? 'false').toBe('false');
    }
  });

  it('reads back in graphology with every node and edge', () => {
    const back = format === 'GEXF' ? parseGexf(Graph, text) : parseGraphml(Graph, text);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.size).toBe(graph.edges.length);
    expect(back.type).toBe('undirected');
  });
});

describe('the strict parser this relies on', () => {
  it.each([
    { name: 'a control character', xml: '<a>x\u0001y</a>' },
    { name: 'a lone surrogate', xml: '<a>\uD800</a>' },
    { name: 'a mismatched tag', xml: '<a><b></a>' }
  ])('rejects $name', ({ xml }) => {
    expect(() => strictElements(xml)).toThrow();
  });
});
