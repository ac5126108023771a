/**
 * nodes.csv and edges.csv for spreadsheets and scripts, quoted by papaparse (commas, quotes and line breaks in
 * French labels are its job, not ours).
 *
 * Plain "\n" line ends and no byte-order mark: the files stay diff-friendly and pandas, R and LibreOffice read
 * UTF-8 without one; Excel users import via "Données > À partir d'un fichier texte". Missing values (no
 * cluster, no relation) are empty cells.
 *
 * Labels come from third-party pages, and a spreadsheet evaluates a cell that starts with = + - @ (or a tab or
 * carriage return before one): `=HYPERLINK(…)` would run. Such text cells get a leading apostrophe, which
 * spreadsheets read as "text" and hide; numbers (negative positions) are left alone.
 */
import Papa from 'papaparse';
import type { GraphData } from '../../graph/schema';
import { flattenEdges, flattenNodes } from './flatten';

export const NODE_COLUMNS = [
  'id',
  'label',
  'type',
  'cluster',
  'cluster_label',
  'frequency',
  'degree',
  'pagerank',
  'x',
  'y',
  'aliases'
] as const;

export const EDGE_COLUMNS = ['source', 'target', 'kind', 'weight', 'relation', 'evidence_count'] as const;

export function toNodesCsv(graph: GraphData): string {
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
  return unparse(NODE_COLUMNS, rows);
}

export function toEdgesCsv(graph: GraphData): string {
  const rows = flattenEdges(graph).map((row) => [
    row.source,
    row.target,
    row.kind,
    row.weight,
    row.relation ?? '',
    row.evidenceCount
  ]);
  return unparse(EDGE_COLUMNS, rows);
}

export function toCsv(graph: GraphData): { nodes: string; edges: string } {
  return { nodes: toNodesCsv(graph), edges: toEdgesCsv(graph) };
}

/** papaparse's own default pattern ends in `.*$`, which misses a formula followed by a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;

function unparse(columns: readonly string[], rows: (string | number)[][]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n', escapeFormulae: FORMULA_START })}\n`;
}
