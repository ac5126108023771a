/**
 * Serves the optional tour file as `/tour.json`, prerendered like `/graph.json`. Without a tour file it serves
 * `null` and the presentation builds the default tour from the graph. `TOUR_FILE` picks another file; when
 * `GRAPH_FILE` points elsewhere (the e2e fixture) the real tour is not paired with it unless asked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const prerender = true;

const DEFAULT_TOUR_FILE = 'graph-data/tour.json';

export function GET(): Response {
  const chosen = process.env.TOUR_FILE ?? (process.env.GRAPH_FILE ? null : DEFAULT_TOUR_FILE);
  const file = chosen && resolve(chosen);
  const body = file && existsSync(file) ? readFileSync(file, 'utf8') : 'null';
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
