/**
 * The graph and tour files as the build ships them, checked first: a truncated graph.json or a tour naming a
 * node the graph lacks fails the build with the file and field, instead of shipping a site that shows an
 * error screen (or, for the tour, silently the default tour). Build-time only (reads files).
 */
import { readFileSync } from 'node:fs';
import { parseGraphData, type GraphData } from '../graph/schema';
import { parseTour } from '../tour/schema';
import { siteGraphFile, siteTourFile } from '../../../scripts/lib/site-files.js';

export interface SiteData {
  graph: string;
  /** The tour file's text, or `null` (JSON) for the default tour. */
  tour: string;
}

function readJson(file: string, what: string): { text: string; json: unknown } {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`${file}: cannot read the ${what} (${(cause as Error).message}); run \`npm run graph\` first or set GRAPH_FILE`);
  }
  try {
    return { text, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (cause) {
    throw new Error(`${file}: the ${what} is not valid JSON (${(cause as Error).message})`);
  }
}

export function readSiteGraph(): { text: string; graph: GraphData } {
  const file = siteGraphFile();
  const { text, json } = readJson(file, 'graph file');
  try {
    return { text, graph: parseGraphData(json) };
  } catch (cause) {
    throw new Error(`${file}: ${(cause as Error).message}`);
  }
}

export function readSiteTour(graph: GraphData): string {
  const file = siteTourFile();
  if (file === null) return 'null';
  const { text, json } = readJson(file, 'tour file');
  if (json !== null) parseTour(json, graph, file);
  return text;
}

export function readSiteData(): SiteData {
  const { text, graph } = readSiteGraph();
  return { graph: text, tour: readSiteTour(graph) };
}
