/** Loads what the presentation and the embed need: the graph, then the optional tour checked against it. */
import { loadGraph } from '../explorer/load/load-graph';
import { withOfflineData } from '../explorer/load/offline-data';
import { loadTour } from './load-tour';

export async function loadGraphAndTour(fetch: typeof globalThis.fetch, base: string) {
  const fetcher = withOfflineData(fetch);
  const graph = await loadGraph(fetcher, `${base}/graph.json`);
  const tour = graph.graph ? await loadTour(fetcher, `${base}/tour.json`, graph.graph) : { tour: null, error: null };
  return { ...graph, tour: tour.tour, tourError: tour.error };
}
