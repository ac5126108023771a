/**
 * Fetches and checks the graph file. Every failure (HTTP, network, JSON, schema) comes back as data naming
 * the file and the problem, so the page can always show an error screen instead of going blank.
 */
import { GraphDataError, parseGraphData, type GraphData } from '../../graph/schema';

export type GraphLoadFailure =
  | { reason: 'fetch'; file: string; status: number }
  | { reason: 'network' | 'json' | 'schema'; file: string; message: string };

export type GraphLoadResult = { graph: GraphData; failure: null } | { graph: null; failure: GraphLoadFailure };

export async function loadGraph(fetcher: typeof fetch, file: string): Promise<GraphLoadResult> {
  let response: Response;
  try {
    response = await fetcher(file);
  } catch (cause) {
    return { graph: null, failure: { reason: 'network', file, message: cause instanceof Error ? cause.message : String(cause) } };
  }
  if (!response.ok) return { graph: null, failure: { reason: 'fetch', file, status: response.status } };
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    return { graph: null, failure: { reason: 'json', file, message: cause instanceof Error ? cause.message : String(cause) } };
  }
  try {
    return { graph: parseGraphData(json), failure: null };
  } catch (cause) {
    if (cause instanceof GraphDataError) return { graph: null, failure: { reason: 'schema', file, message: cause.message } };
    throw cause;
  }
}
