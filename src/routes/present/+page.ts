// Thin route: the graph and the optional tour, checked; the page presents them or shows what is wrong. A graph
// of "my graphs" open in the explorer is presented with the tour made from it (tour.json is the built-in graph's).
import { base } from '$app/paths';
import { loadGraphAndTour } from '$lib/tour/load-tour-page';
import { loadStoredGraph } from '$lib/texts/load-stored';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const stored = await loadStoredGraph();
  return stored ? { ...stored, tour: null, tourError: null } : loadGraphAndTour(fetch, base);
};
