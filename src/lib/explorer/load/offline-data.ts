/**
 * The offline file (`npm run export:html`) has the graph and tour files built into its script as base64 (see
 * vite.config.ts), because a page opened from disk cannot fetch them. This fetch stands in for the two
 * files there, and is the plain fetch everywhere else.
 */
declare const __OFFLINE_GRAPH__: string;
declare const __OFFLINE_TOUR__: string;

function fromBase64(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
}

const OFFLINE: { graph: string; tour: string } | null =
  typeof __OFFLINE_GRAPH__ === 'string'
    ? { graph: fromBase64(__OFFLINE_GRAPH__), tour: typeof __OFFLINE_TOUR__ === 'string' ? fromBase64(__OFFLINE_TOUR__) : 'null' }
    : null;

/** True in the offline single file. */
export const isOfflineFile = OFFLINE !== null;

export function withOfflineData(fetcher: typeof fetch): typeof fetch {
  if (!OFFLINE) return fetcher;
  const data = OFFLINE;
  return async (input, init) => {
    const path = String(input instanceof Request ? input.url : input);
    const body = path.endsWith('/graph.json') ? data.graph : path.endsWith('/tour.json') ? data.tour : null;
    return body === null ? fetcher(input, init) : new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
  };
}
