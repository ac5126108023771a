/**
 * The offline single file (the template the site build makes, filled by `npm run export:html` or the
 * explorer's download; see src/lib/offline/embed.ts) carries the graph and tour as JSON in its head, because
 * a page opened from disk cannot fetch them, and because one template then serves any graph without a
 * rebuild. This fetch stands in for the two files there, and is the plain fetch everywhere else.
 */
import { GRAPH_SLOT_ID, TOUR_SLOT_ID } from '../../offline/embed';

declare const __OFFLINE_FILE__: boolean | undefined;

/** True in the offline single file (and its template). */
export const isOfflineFile = typeof __OFFLINE_FILE__ === 'boolean' && __OFFLINE_FILE__;

/** A slot's text, or null when the page is the empty template. */
function embedded(id: string): string | null {
  const text = document.getElementById(id)?.textContent ?? '';
  return text.trim() === '' ? null : text;
}

const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });

export function withOfflineData(fetcher: typeof fetch): typeof fetch {
  if (!isOfflineFile) return fetcher;
  return async (input) => {
    const path = String(input instanceof Request ? input.url : input);
    if (path.endsWith('/graph.json')) {
      const graph = embedded(GRAPH_SLOT_ID);
      // The template opened as it is: say the file holds no graph rather than fetch one from disk.
      return graph === null ? new Response('the offline explorer template holds no graph', { status: 404 }) : json(graph);
    }
    if (path.endsWith('/tour.json')) return json(embedded(TOUR_SLOT_ID) ?? 'null');
    // Nothing else is asked for in the file; refusing keeps it from ever reaching the network.
    return new Response(null, { status: 404 });
  };
}
