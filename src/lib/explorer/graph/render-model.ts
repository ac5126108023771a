/**
 * What the renderers draw, computed from simulation positions and view state: one plain object per node,
 * link, label and cluster name. Both the SVG and the canvas renderer draw exactly this.
 */
import type { GraphEdge } from '../../graph/schema';
import type { ClusterLabel } from './cluster-labels';
import { edgeOpacity, edgeWidth, symbolPath, type PlacedEdge, type PlacedNode, type Transform } from './geometry';
import { LABEL_FONT_SIZE, placeLabels, type PlacedLabel } from './label-placement';
import type { SimNode } from './simulation';
import type { MeasureText } from './text-measure';

export const NO_CLUSTER_COLOR = '#8a8f98';
/** Above this many visible nodes SVG's per-element cost shows; the canvas redraws everything per frame instead. */
export const CANVAS_THRESHOLD = 1500;
/** Link opacity when something else is emphasised, and for the emphasised links themselves. */
const DIM_EDGE_OPACITY = 0.06;
const ACTIVE_EDGE_OPACITY = 0.95;

export interface RenderNode extends PlacedNode {
  path: string;
  color: string;
  dim: boolean;
  selected: boolean;
}

export interface RenderEdge extends PlacedEdge {
  width: number;
  /** Final stroke opacity: by weight, lowered when dimmed, raised when active. */
  opacity: number;
  dim: boolean;
  active: boolean;
}

/** What the SVG and canvas renderers both draw: the same render data, either way. */
export interface GraphLayerProps {
  nodes: RenderNode[];
  edges: RenderEdge[];
  labels: PlacedLabel[];
  clusterLabels: ClusterLabel[];
  transform: Transform;
  width: number;
  height: number;
  /** Label and link size multiplier (presentation mode). */
  scale?: number;
}

export interface Emphasis {
  /** Nodes that stand out (hovered/selected and neighbours); null when nothing is emphasised. */
  highlighted: ReadonlySet<string> | null;
  selectedNode: string | null;
  selectedEdge: string | null;
}

const pathCache = new WeakMap<SimNode, { r: number; path: string }>();

export function buildRenderNodes(nodes: readonly SimNode[], colors: ReadonlyMap<string, string>, emphasis: Emphasis): RenderNode[] {
  return nodes.map((sim) => {
    let cached = pathCache.get(sim);
    if (!cached) {
      cached = { r: sim.r, path: symbolPath(sim.node.type, sim.r) };
      pathCache.set(sim, cached);
    }
    return {
      id: sim.id,
      x: sim.x,
      y: sim.y,
      r: sim.r,
      path: cached.path,
      color: (sim.node.cluster && colors.get(sim.node.cluster)) || NO_CLUSTER_COLOR,
      dim: emphasis.highlighted !== null && !emphasis.highlighted.has(sim.id),
      selected: emphasis.selectedNode === sim.id
    };
  });
}

export function buildRenderEdges(
  edges: readonly GraphEdge[],
  positions: ReadonlyMap<string, SimNode>,
  maxWeight: number,
  emphasis: Emphasis
): RenderEdge[] {
  return edges.map((edge) => {
    const [a, b] = [positions.get(edge.source)!, positions.get(edge.target)!];
    const touches = emphasis.highlighted !== null && emphasis.highlighted.has(edge.source) && emphasis.highlighted.has(edge.target);
    const central = emphasis.selectedNode === edge.source || emphasis.selectedNode === edge.target;
    const dim = emphasis.highlighted !== null && !touches;
    const active = emphasis.selectedEdge === edge.id || (touches && central);
    return {
      id: edge.id,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: edgeWidth(edge.weight, maxWeight),
      opacity: active ? ACTIVE_EDGE_OPACITY : dim ? DIM_EDGE_OPACITY : edgeOpacity(edge.weight, maxWeight),
      dim,
      active
    };
  });
}

/** Node labels that fit, keeping clear of the cluster names drawn at low zoom. */
export function buildLabels(
  nodes: readonly SimNode[],
  transform: Transform,
  width: number,
  height: number,
  forced: ReadonlySet<string>,
  clusterLabels: readonly ClusterLabel[],
  measure?: MeasureText,
  highlighted: ReadonlySet<string> | null = null,
  fontSize = LABEL_FONT_SIZE
): PlacedLabel[] {
  const obstacles = clusterLabels.map((label) => label.box);
  // What stands out is labelled first (PageRank is at most 1), so a spotlighted cluster keeps its names.
  const boost = (id: string) => (highlighted?.has(id) ? 1 : 0);
  const candidates = nodes.map((sim) => ({ id: sim.id, x: sim.x, y: sim.y, r: sim.r, text: sim.node.label, priority: sim.node.importance + boost(sim.id) }));
  const placed = placeLabels(candidates, transform, width, height, forced, 250, obstacles, measure, fontSize);
  return highlighted ? placed.map((label) => ({ ...label, dim: !highlighted.has(label.id) })) : placed;
}

export { LABEL_FONT_SIZE };
