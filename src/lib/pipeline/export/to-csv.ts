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

function nodeRows(graph: GraphData): (string | number)[][] {
  return flattenNodes(graph).map((row) => [
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
}

function edgeRows(graph: GraphData): (string | number)[][] {
  return flattenEdges(graph).map((row) => [row.source, row.target, row.kind, row.weight, row.relation ?? '', row.evidenceCount]);
}

/** nodes.csv a batch of rows at a time, the same bytes as toNodesCsv, for writers that stream to a file. */
export function nodesCsvChunks(graph: GraphData): Generator<string> {
  return unparseChunks(NODE_COLUMNS, nodeRows(graph));
}

export function edgesCsvChunks(graph: GraphData): Generator<string> {
  return unparseChunks(EDGE_COLUMNS, edgeRows(graph));
}

export function toNodesCsv(graph: GraphData): string {
  return [...nodesCsvChunks(graph)].join('');
}

export function toEdgesCsv(graph: GraphData): string {
  return [...edgesCsvChunks(graph)].join('');
}

export function toCsv(graph: GraphData): { nodes: string; edges: string } {
  return { nodes: toNodesCsv(graph), edges: toEdgesCsv(graph) };
}

/** papaparse's own default pattern ends in `.*$`, which misses a formula followed by a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;
const OPTIONS = { newline: '\n', escapeFormulae: FORMULA_START } as const;
/** Rows per papaparse call: large enough that the calls cost nothing, small enough that no chunk is large. */
const ROWS_PER_CHUNK = 2000;

/**
 * papaparse decides quoting value by value, so unparsing the rows in batches and joining them with the
 * newline gives the bytes one call over all rows would, without holding the whole file as one string.
 */
function* unparseChunks(columns: readonly string[], rows: (string | number)[][]): Generator<string> {
  // papaparse ends a header with no rows under it with a newline of its own; that file is kept as it was.
  if (rows.length === 0) {
    yield `${Papa.unparse({ fields: [...columns], data: [] }, OPTIONS)}\n`;
    return;
  }
  yield `${Papa.unparse([[...columns]], OPTIONS)}\n`;
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    yield `${Papa.unparse(rows.slice(start, start + ROWS_PER_CHUNK), { ...OPTIONS, header: false })}\n`;
  }
}
