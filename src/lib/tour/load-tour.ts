/**
 * Fetches the optional tour file and checks it against the graph. `null` (no file) means the default tour;
 * a broken file comes back as a message naming the step, for the page to show rather than a blank screen.
 */
import type { GraphData } from '../graph/schema';
import { parseTour, TourError, type Tour } from './schema';

export type TourLoadResult = { tour: Tour | null; error: null } | { tour: null; error: string };

export async function loadTour(fetcher: typeof fetch, file: string, graph: GraphData): Promise<TourLoadResult> {
  try {
    const response = await fetcher(file);
    // A site built before tours existed has no tour file: same as none.
    if (response.status === 404) return { tour: null, error: null };
    if (!response.ok) return { tour: null, error: `tour.json: HTTP ${response.status}` };
    const json: unknown = await response.json();
    return { tour: json === null ? null : parseTour(json, graph), error: null };
  } catch (cause) {
    if (cause instanceof TourError) return { tour: null, error: cause.message };
    return { tour: null, error: `tour.json: ${cause instanceof Error ? cause.message : String(cause)}` };
  }
}
