/**
 * Serves the offline template (the offline single file with empty data slots) as `/explorer-offline.txt`,
 * prerendered from the file `npm run build` makes first, so the explorer's download can fill it with the
 * graph on screen from the site's own files, sending nothing anywhere. As plain text, not HTML: the page has
 * no CSP (its hashes cannot cover the inlined bundle), so it must never run in the site's origin, where the
 * user's stored texts are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { OFFLINE_TEMPLATE_FILE } from '../../../scripts/lib/site-files.js';

export const prerender = true;

export function GET(): Response {
  if (!existsSync(OFFLINE_TEMPLATE_FILE)) error(404, `${OFFLINE_TEMPLATE_FILE} is missing: npm run build makes it (tsx scripts/export-html.ts --template)`);
  return new Response(readFileSync(OFFLINE_TEMPLATE_FILE), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
