/**
 * The explorer's current view as a standalone picture: the drawn SVG with a title (the selected or focused
 * node, else the app's name) and the legend of the clusters still shown. The export buttons and the tour's
 * slides both go through here, so a slide is exactly what the SVG button would have given for that view.
 */
import { NO_CLUSTER } from '../graph/visibility';
import { CANVAS_THRESHOLD } from '../graph/render-model';
import type { ViewState } from '../state/view-state.svelte';
import { buildStandaloneSvg } from './export-view';

/** Exports read the SVG renderer's DOM; above the canvas threshold there is none. */
export function canExportView(view: ViewState): boolean {
  return view.visibleNodes.size <= CANVAS_THRESHOLD;
}

export function viewTitle(view: ViewState): string {
  const focus = view.selectedNode?.label ?? (view.focus ? view.index.nodes.get(view.focus.node)?.label : undefined);
  return focus ? `${focus} · ${view.t('app.title')}` : view.t('app.title');
}

/** The picture, or null while the graph is drawn on canvas. */
export function pictureOfView(view: ViewState, title = viewTitle(view)): ReturnType<typeof buildStandaloneSvg> | null {
  const svg = document.querySelector<SVGSVGElement>('svg[data-renderer="svg"]');
  if (!svg) return null;
  const legend = view.index.graph.clusters
    .filter((cluster) => !view.hiddenClusters.has(cluster.id) && cluster.id !== NO_CLUSTER)
    .map((cluster) => ({ label: cluster.label, color: cluster.color }));
  return buildStandaloneSvg(svg, { title, legend });
}
