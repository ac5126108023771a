/**
 * What the renderers draw, computed from simulation positions and view state: one plain object per node,
 * link, label and cluster name. Both the SVG and the canvas renderer draw exactly this.
 */
import { compareIds } from '../../pipeline/compare-ids';
import { OTHER_CLUSTER_COLOR } from '../../graph/cluster-size';
import type { Cluster, GraphEdge } from '../../graph/schema';
import { BoxGrid, type Box } from './box-grid';
import { CLUSTER_FONT_SIZE, placeClusterLabels, type ClusterLabel } from './cluster-labels';
import { edgeOpacity, edgeWidth, glyphExtent, symbolPath, type PlacedEdge, type PlacedNode, type Transform } from './geometry';
import type { AnchoredClusterLabel, AnchoredLabel } from './label-follow';
import { DENSITY_SETTINGS, LABEL_FONT_SIZE, placeLabels, type LabelDensity, type PlacedLabel } from './label-placement';
import type { SimNode } from './simulation';
import type { MeasureText } from './text-measure';

/** Above this many visible nodes SVG's per-element cost shows; the canvas redraws everything per frame instead. */
export const CANVAS_THRESHOLD = 500;
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
  labels: AnchoredLabel[];
  clusterLabels: AnchoredClusterLabel[];
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
      color: (sim.node.cluster && colors.get(sim.node.cluster)) || OTHER_CLUSTER_COLOR,
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

/** Labels placed before the cluster names look for free space: the largest nodes are named at first sight. */
const FIRST_SIGHT = 15;

export interface MapTextOptions {
  transform: Transform;
  width: number;
  height: number;
  /** Always labelled: the selection, the hovered node, their neighbours. */
  forced: ReadonlySet<string>;
  /** What stands out (a spotlighted group): labelled before the rest, the rest dimmed. */
  highlighted: ReadonlySet<string> | null;
  /** Clusters to name on the map; none when empty. */
  clusters: readonly Cluster[];
  clusterOpacity?: number;
  showLabels?: boolean;
  density?: LabelDensity;
  measure?: MeasureText;
  /** Text size multiplier (presentation mode). */
  scale?: number;
  /** Screen boxes covered by controls over the picture. */
  reserved?: readonly Box[];
}

/**
 * Node labels and cluster names, placed together so neither covers the other nor any node symbol: the
 * forced and the most important labels first, then the cluster names in the space left, then the other labels.
 * `candidates` compete for labels; every node of `visible` is an obstacle.
 */
export function buildMapText(candidates: readonly SimNode[], visible: readonly SimNode[], options: MapTextOptions): { labels: PlacedLabel[]; clusterLabels: ClusterLabel[] } {
  const { transform, width, height, forced, highlighted, clusters, clusterOpacity = 1, showLabels = true, density = 'medium', measure, scale = 1, reserved = [] } = options;
  const occupied = new BoxGrid();
  for (const box of reserved) occupied.add(box, 'reserved');
  for (const sim of visible) {
    const [sx, sy, e] = [transform.x + sim.x * transform.k, transform.y + sim.y * transform.k, glyphExtent(sim.node.type, sim.r) * transform.k + 1];
    if (sx + e >= 0 && sx - e <= width && sy + e >= 0 && sy - e <= height) occupied.add({ x0: sx - e, y0: sy - e, x1: sx + e, y1: sy + e }, sim.id);
  }
  // What stands out is labelled first (importance is at most 1), so a spotlighted cluster keeps its names.
  const boost = (id: string) => (highlighted?.has(id) ? 1 : 0);
  const ranked = candidates
    .map((sim) => ({ id: sim.id, x: sim.x, y: sim.y, extent: glyphExtent(sim.node.type, sim.r), text: sim.node.label, priority: sim.node.importance + boost(sim.id) }))
    .sort((a, b) => b.priority - a.priority || compareIds(a.id, b.id));
  const [first, rest] = [ranked.filter((c, i) => i < FIRST_SIGHT || forced.has(c.id)), ranked.filter((c, i) => i >= FIRST_SIGHT && !forced.has(c.id))];
  const { maxLabels, padding } = DENSITY_SETTINGS[density];
  const common = { padding, occupied, measure, fontSize: LABEL_FONT_SIZE * scale };
  const placedFirst = showLabels ? placeLabels(first, transform, width, height, { ...common, forced, maxLabels, leaders: true }) : [];
  const clusterLabels = clusters.length
    ? placeClusterLabels(clusters, visible, transform, width, height, { measure, fontSize: CLUSTER_FONT_SIZE * scale, occupied, opacity: clusterOpacity })
    : [];
  const placedRest = showLabels ? placeLabels(rest, transform, width, height, { ...common, maxLabels: maxLabels - placedFirst.length }) : [];
  const labels = [...placedFirst, ...placedRest];
  return { labels: highlighted ? labels.map((label) => ({ ...label, dim: !highlighted.has(label.id) })) : labels, clusterLabels };
}

export { LABEL_FONT_SIZE };
