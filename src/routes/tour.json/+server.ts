/**
 * Serves the optional tour file as `/tour.json`, prerendered like `/graph.json` and checked against the graph
 * (a wrong tour fails the build, naming the step). Without a tour file it serves `null` and the presentation
 * builds the default tour from the graph. Which file: see scripts/lib/site-files.js.
 */
import { readSiteGraph, readSiteTour } from '$lib/site/site-data';

export const prerender = true;

export function GET(): Response {
  return new Response(readSiteTour(readSiteGraph().graph), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
