/**
 * What the renderers draw, computed from simulation positions and view state: one plain object per node,
 * link, label and cluster name. Both the SVG and the canvas renderer draw exactly this.
 */
import type { Cluster, GraphEdge } from '../../graph/schema';
import { edgeWidth, symbolPath, type PlacedEdge, type PlacedNode, type Transform } from './geometry';
import { LABEL_FONT_SIZE, placeLabels, type PlacedLabel } from './label-placement';
import type { SimNode } from './simulation';

export const NO_CLUSTER_COLOR = '#8a8f98';
export const CLUSTER_FONT_SIZE = 17;

export interface RenderNode extends PlacedNode {
  path: string;
  color: string;
  dim: boolean;
  selected: boolean;
}

export interface RenderEdge extends PlacedEdge {
  width: number;
  dim: boolean;
  active: boolean;
}

export interface ClusterLabel {
  id: string;
  text: string;
  color: string;
  x: number;
  y: number;
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
    return {
      id: edge.id,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      width: edgeWidth(edge.weight, maxWeight),
      dim: emphasis.highlighted !== null && !touches,
      active: emphasis.selectedEdge === edge.id || (touches && central)
    };
  });
}

/** Cluster names at their members' centroid, in screen coordinates; only clusters with a few visible members. */
export function buildClusterLabels(clusters: readonly Cluster[], nodes: readonly SimNode[], transform: Transform, minMembers = 3): ClusterLabel[] {
  const sums = new Map<string, { x: number; y: number; w: number; n: number }>();
  for (const sim of nodes) {
    if (!sim.node.cluster) continue;
    const sum = sums.get(sim.node.cluster) ?? { x: 0, y: 0, w: 0, n: 0 };
    const w = sim.r * sim.r;
    sums.set(sim.node.cluster, { x: sum.x + sim.x * w, y: sum.y + sim.y * w, w: sum.w + w, n: sum.n + 1 });
  }
  return clusters.flatMap((cluster) => {
    const sum = sums.get(cluster.id);
    if (!sum || sum.n < minMembers) return [];
    return [{ id: cluster.id, text: cluster.label, color: cluster.color, x: transform.x + (sum.x / sum.w) * transform.k, y: transform.y + (sum.y / sum.w) * transform.k }];
  });
}

/** Node labels that fit, keeping clear of the cluster names drawn at low zoom. */
export function buildLabels(
  nodes: readonly SimNode[],
  transform: Transform,
  width: number,
  height: number,
  forced: ReadonlySet<string>,
  clusterLabels: readonly ClusterLabel[]
): PlacedLabel[] {
  const obstacles = clusterLabels.map((label) => {
    const half = (label.text.length * CLUSTER_FONT_SIZE * 0.6) / 2;
    return { x0: label.x - half, y0: label.y - CLUSTER_FONT_SIZE, x1: label.x + half, y1: label.y + 4 };
  });
  const candidates = nodes.map((sim) => ({ id: sim.id, x: sim.x, y: sim.y, r: sim.r, text: sim.node.label, priority: sim.node.pagerank }));
  return placeLabels(candidates, transform, width, height, forced, 250, obstacles);
}

export { LABEL_FONT_SIZE };
