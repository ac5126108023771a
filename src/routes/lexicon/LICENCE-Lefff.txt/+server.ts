/** The Lefff's licence notice (LGPL-LR), beside the lexicon file derived from it. */
import { lefffLicenceText } from '$lib/site/lexicon-files';

export const prerender = true;

export function GET(): Response {
  return new Response(lefffLicenceText(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
