/**
 * A stored graph in the CLI's other formats, written by the CLI's own writers: GEXF (Gephi), GraphML, and
 * nodes.csv with edges.csv zipped together as one download. Runs in the build worker, which has the writers.
 */
import { strToU8, zipSync } from 'fflate';
import { parseGraphData } from '../../graph/schema';
import { toCsv, toGexf, toGraphml } from '../../pipeline/export';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export function exportGraph(graphJson: string, format: ExportFormat): ExportedFile {
  const graph = parseGraphData(JSON.parse(graphJson));
  if (format === 'gexf') return { name: 'graph.gexf', type: 'application/gexf+xml', bytes: strToU8(toGexf(graph)) };
  if (format === 'graphml') return { name: 'graph.graphml', type: 'application/graphml+xml', bytes: strToU8(toGraphml(graph)) };
  const csv = toCsv(graph);
  // A fixed date, so the same graph always zips to the same bytes.
  const options = { mtime: new Date(Date.UTC(2000, 0, 1)) };
  return { name: 'graph-csv.zip', type: 'application/zip', bytes: zipSync({ 'nodes.csv': [strToU8(csv.nodes), options], 'edges.csv': [strToU8(csv.edges), options] }) };
}
