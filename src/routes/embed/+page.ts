// Thin route: the graph and the optional tour, checked; the page embeds them or shows what is wrong.
import { base } from '$app/paths';
import { openInbox } from '$lib/embed/message-inbox';
import { loadGraphAndTour } from '$lib/tour/load-tour-page';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => {
  // Before the graph loads: a host's early messages wait for the view instead of being lost.
  openInbox();
  return loadGraphAndTour(fetch, base);
};
