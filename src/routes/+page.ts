// Thin route: load and check the graph (the user's own when they opened one, else the built-in one); the
// page decides between the explorer and the error screen.
import { base } from '$app/paths';
import { loadGraph } from '$lib/explorer/load/load-graph';
import { withOfflineData } from '$lib/explorer/load/offline-data';
import { loadStoredGraph } from '$lib/texts/load-stored';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => (await loadStoredGraph()) ?? loadGraph(withOfflineData(fetch), `${base}/graph.json`);
