/**
 * What a slide shows of the graph, computed from view state alone: the visible nodes settled by the same
 * seeded simulation the explorer runs, framed on the subject, emphasised and labelled as the explorer would.
 * Nothing is read from the page, so a slide never catches the previous view mid-transition.
 */
import { isSmallCluster } from '../../graph/cluster-size';
import type { Cluster } from '../../graph/schema';
import { fitTransform, type Transform } from '../graph/geometry';
import { buildMapText, buildRenderEdges, buildRenderNodes, type RenderEdge, type RenderNode } from '../graph/render-model';
import type { ClusterLabel } from '../graph/cluster-labels';
import type { PlacedLabel } from '../graph/label-placement';
import { createSimNodes, createSimulation, SETTLED_ALPHA } from '../graph/simulation';
import type { MeasureText } from '../graph/text-measure';
import type { ViewState } from '../state/view-state.svelte';

/** Ticks of the opening simulation run before drawing: enough for its low alpha to settle collisions. */
const SETTLE_TICKS = 120;

export interface SlideScene {
  nodes: RenderNode[];
  edges: RenderEdge[];
  labels: PlacedLabel[];
  clusterLabels: ClusterLabel[];
  transform: Transform;
  /** The clusters drawn, for a legend. */
  clusters: Cluster[];
}

export interface SceneOptions {
  width: number;
  height: number;
  /** Node ids to frame; all visible nodes when empty. */
  subject: readonly string[];
  /** Text and link size multiplier. */
  scale: number;
  measure?: MeasureText;
}

export function buildSlideScene(view: ViewState, options: SceneOptions): SlideScene {
  const { width, height, subject, scale, measure } = options;
  const visible = createSimNodes(view.index.graph.nodes).filter((sim) => view.visibleNodes.has(sim.id));
  const simulation = createSimulation(visible, view.visibleEdges, view.index.maxWeight, SETTLED_ALPHA);
  simulation.stop();
  simulation.tick(SETTLE_TICKS);
  const byId = new Map(visible.map((sim) => [sim.id, sim]));
  const colors = new Map(view.index.graph.clusters.map((cluster) => [cluster.id, cluster.color]));
  const emphasis = { highlighted: view.highlighted, selectedNode: view.selectedNode?.id ?? null, selectedEdge: view.selectedEdge?.id ?? null };
  const framed = subject.length ? visible.filter((sim) => subject.includes(sim.id)) : visible;
  const margin = 28 * scale;
  const transform = fitTransform(framed.length ? framed : visible, width, height, margin);
  const edges = [...view.visibleEdges].sort((a, b) => a.weight - b.weight);
  const forced: ReadonlySet<string> = emphasis.selectedNode || emphasis.selectedEdge ? (emphasis.highlighted ?? new Set()) : new Set();
  const { labels, clusterLabels } = buildMapText(visible, visible, {
    transform,
    width,
    height,
    forced,
    highlighted: emphasis.highlighted,
    // As in the presentation: a step's subject is named by its caption, not by region names over it.
    clusters: emphasis.highlighted ? [] : view.index.graph.clusters,
    measure,
    scale
  });
  const shownClusters = new Set(visible.map((sim) => sim.node.cluster));
  return {
    nodes: buildRenderNodes(visible, colors, emphasis),
    edges: buildRenderEdges(edges, byId, view.index.maxWeight, emphasis),
    labels,
    clusterLabels,
    transform,
    // The slide's legend names the groups drawn in colour; small ones share the neutral colour and no name.
    clusters: view.index.graph.clusters.filter((cluster) => shownClusters.has(cluster.id) && !isSmallCluster(cluster))
  };
}
