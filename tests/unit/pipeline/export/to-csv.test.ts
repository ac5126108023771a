import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { EDGE_COLUMNS, edgesCsvChunks, NODE_COLUMNS, nodesCsvChunks, toCsv, toEdgesCsv, toNodesCsv } from '../../../../src/lib/pipeline/export/to-csv';
import { flattenNodes } from '../../../../src/lib/pipeline/export/flatten';
import { loadTinyGraph, loadTrickyGraph, TRICKY_LABELS } from './graphs';

function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

describe('toNodesCsv', () => {
  const graph = loadTrickyGraph();
  const { fields, rows } = parseCsv(toNodesCsv(graph));

  it('has the documented columns and one row per node, in the graph’s order', () => {
    expect(fields).toEqual([...NODE_COLUMNS]);
    expect(rows.map((row) => row.id)).toEqual(graph.nodes.map((node) => node.id));
  });

  it.each(Object.entries(TRICKY_LABELS).map(([id, label]) => ({ id, label })))('keeps the label of $id intact: $label', ({ id, label }) => {
    expect(rows.find((row) => row.id === id)!.label).toBe(label);
  });

  it('writes every field as the graph has it, empty cells for missing values', () => {
    const clusters = new Map(graph.clusters.map((cluster) => [cluster.id, cluster.label]));
    graph.nodes.forEach((node, index) => {
      expect(rows[index]).toEqual({
        id: node.id,
        label: node.label,
        type: node.type,
        cluster: node.cluster ?? '',
        cluster_label: node.cluster === null ? '' : clusters.get(node.cluster),
        frequency: String(node.frequency),
        degree: String(node.degree),
        pagerank: String(node.pagerank),
        x: String(node.x),
        y: String(node.y),
        aliases: node.aliases.join(' | ')
      });
    });
    expect(rows.find((row) => row.id === 'concept:eolien')!.aliases).toBe('énergie éolienne');
    expect(rows.find((row) => row.id === 'concept:experience-client')!.cluster_label).toBe('R&D, « test » "quoted"');
  });
});

describe('toEdgesCsv', () => {
  const graph = loadTrickyGraph();
  const { fields, rows } = parseCsv(toEdgesCsv(graph));

  it('writes one row per edge with the documented columns', () => {
    expect(fields).toEqual([...EDGE_COLUMNS]);
    expect(rows).toEqual(
      graph.edges.map((edge) => ({
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        weight: String(edge.weight),
        relation: edge.relation ?? '',
        evidence_count: String(edge.evidence.length)
      }))
    );
    expect(rows.map((row) => row.relation)).toContain('consultant chez, "associé"');
  });
});

describe('toCsv', () => {
  it('is deterministic and ends each file with one newline, no carriage returns', () => {
    const first = toCsv(loadTinyGraph());
    expect(toCsv(loadTinyGraph())).toEqual(first);
    for (const text of [first.nodes, first.edges]) {
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
      expect(text).not.toContain('\r');
    }
  });
});

describe('cells a spreadsheet would evaluate', () => {
  const graph = loadTinyGraph();
  const formulas = ['=HYPERLINK("https://evil.example","clic")', '@SUM(A1:A9)', '+33 1 23', '-2+3', '\t=1+1', '\r=1+1', '=1+1\nsecond line'];
  formulas.forEach((label, index) => (graph.nodes[index].label = label));
  graph.edges.find((edge) => edge.relation !== null)!.relation = '=cmd|"/c calc"!A0';
  const nodes = parseCsv(toNodesCsv(graph)).rows;
  const edges = parseCsv(toEdgesCsv(graph)).rows;

  it.each(formulas.map((label, index) => ({ label, index })))('starts $label with an apostrophe, so it stays text', ({ label, index }) => {
    expect(nodes[index].label).toBe(`'${label}`);
  });

  it('neutralises relations too, and leaves numbers (negative positions) as numbers', () => {
    expect(edges.some((row) => row.relation === `'=cmd|"/c calc"!A0`)).toBe(true);
    const negative = graph.nodes.findIndex((node) => node.x < 0);
    expect(negative).toBeGreaterThanOrEqual(0);
    expect(nodes[negative].x).toBe(String(graph.nodes[negative].x));
  });
});

describe('CSV in chunks', () => {
  // More rows than one papaparse batch, tricky labels included, so batch edges fall between hard rows.
  const tricky = loadTrickyGraph();
  const nodes = Array.from({ length: 2500 }, (_, index) => tricky.nodes[index % tricky.nodes.length]).map((node, index) => ({ ...node, id: `${node.id}-${index}` }));
  const graph = { ...tricky, nodes, edges: [] };
  const whole = (columns: readonly string[], rows: (string | number)[][]) =>
    `${Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n', escapeFormulae: /^[=+\-@\t\r]/ })}\n`;

  it('gives the bytes one papaparse call over every row gives', () => {
    const rows = flattenNodes(graph).map((row) => [
      row.id,
      row.label,
      row.type,
      row.cluster ?? '',
      row.clusterLabel ?? '',
      row.frequency,
      row.degree,
      row.pagerank,
      row.x,
      row.y,
      row.aliases
    ]);
    const chunks = [...nodesCsvChunks(graph)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(whole(NODE_COLUMNS, rows));
  });

  it('writes the header alone for a graph without rows', () => {
    expect([...edgesCsvChunks(graph)].join('')).toBe(whole(EDGE_COLUMNS, []));
  });
});
