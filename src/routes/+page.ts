// Thin route: load and check the graph (the user's own when they opened one, else the built-in one); the
// page decides between the explorer and the error screen.
import { base } from '$app/paths';
import { loadGraph } from '$lib/explorer/load/load-graph';
import { isOfflineFile, withOfflineData } from '$lib/explorer/load/offline-data';
import { loadStoredGraph } from '$lib/texts/load-stored';
import type { PageLoad } from './$types';

// The offline file shows the graph it carries: files opened from disk share one origin, so a graph stored
// there by another file must not take its place.
export const load: PageLoad = async ({ fetch }) => (isOfflineFile ? null : await loadStoredGraph()) ?? loadGraph(withOfflineData(fetch), `${base}/graph.json`);
