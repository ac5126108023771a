/**
 * Serves the graph file as `/graph.json`, prerendered at build time so the static site ships the graph the
 * pipeline last wrote, checked (a broken file fails the build, naming the field). `GRAPH_FILE` picks another
 * file (the e2e tests use their fixture).
 */
import { readSiteGraph } from '$lib/site/site-data';

export const prerender = true;

export function GET(): Response {
  return new Response(readSiteGraph().text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
