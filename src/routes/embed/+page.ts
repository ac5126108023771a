// Thin route: the graph and the optional tour, checked; the page embeds them or shows what is wrong.
import { base } from '$app/paths';
import { loadGraphAndTour } from '$lib/tour/load-tour-page';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => loadGraphAndTour(fetch, base);
