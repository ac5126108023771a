/**
 * Turns a tour step into the explorer's view state: the step's filters, focus and selection go through the
 * same `applyUrlView` as a shared link, its cluster becomes the spotlight, and the camera fits the step's
 * subject (or takes its fixed viewport). The presentation and the embed both show steps this way.
 */
import type { ViewState } from '../explorer/state/view-state.svelte';
import { DEFAULT_URL_VIEW, type UrlView } from '../explorer/state/url-state';
import type { TourStep } from './schema';

export function stepToUrlView(step: TourStep): UrlView {
  return {
    ...DEFAULT_URL_VIEW,
    node: step.node,
    edge: step.node ? null : step.edge,
    focus: step.focus,
    hops: step.hops,
    hiddenTypes: step.hide ?? DEFAULT_URL_VIEW.hiddenTypes,
    hiddenClusters: step.hideClusters,
    viewport: step.viewport
  };
}

/** The nodes a step is about, for the camera: a cluster's members, a node and its visible neighbours, a link's ends. */
export function stepSubject(view: ViewState, step: Pick<TourStep, 'cluster' | 'node' | 'edge'>): string[] {
  const visible = view.visibleNodes;
  if (step.cluster) return (view.index.clusters.get(step.cluster)?.nodes ?? []).filter((id) => visible.has(id));
  if (step.node) return [step.node, ...(view.index.neighbours.get(step.node) ?? []).map((n) => n.node.id).filter((id) => visible.has(id))];
  if (step.edge) {
    const edge = view.index.edges.get(step.edge);
    return edge ? [edge.source, edge.target] : [];
  }
  return [...visible];
}

export function applyStep(view: ViewState, step: TourStep): void {
  view.setHover(null);
  view.applyUrlView(stepToUrlView(step));
  view.setSpotlight(step.cluster ? view.index.clusters.get(step.cluster)?.nodes ?? [] : null);
  if (!step.viewport) view.fitTo(stepSubject(view, step));
}
