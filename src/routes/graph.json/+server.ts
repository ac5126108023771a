/**
 * Serves the graph file as `/graph.json`, prerendered at build time so the static site ships the graph the
 * pipeline last wrote. `GRAPH_FILE` picks another file (the e2e tests use their fixture).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { error } from '@sveltejs/kit';

export const prerender = true;

const DEFAULT_GRAPH_FILE = 'graph-data/graph.json';

export function GET(): Response {
  const file = resolve(process.env.GRAPH_FILE ?? DEFAULT_GRAPH_FILE);
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (cause) {
    error(500, `graph.json route: cannot read graph file "${file}" (${(cause as Error).message}); run \`npm run graph\` first or set GRAPH_FILE`);
  }
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
