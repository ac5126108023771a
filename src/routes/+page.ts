// Thin route: load and check the graph; the page decides between the explorer and the error screen.
import { base } from '$app/paths';
import { loadGraph } from '$lib/explorer/load/load-graph';
import { withOfflineData } from '$lib/explorer/load/offline-data';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => loadGraph(withOfflineData(fetch), `${base}/graph.json`);
