/**
 * The live d3-force simulation. It starts from the pipeline's settled layout with a low alpha, so the graph
 * opens where the layout put it (no explosion) and only resolves small overlaps; dragging reheats it.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { GraphEdge, GraphNode } from '../../graph/schema';
import { nodeRadius } from './geometry';

export interface SimNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
  r: number;
  node: GraphNode;
}

/** Alpha at opening and after a filter change: enough to settle collisions, too little to rearrange. */
export const SETTLED_ALPHA = 0.02;
/**
 * Alpha after a correction swapped the graph in, its nodes seeded where they were: the old layout had
 * settled, so only the corrected neighbourhood should move, and the rest by no more than a pixel or two.
 */
export const RESEEDED_ALPHA = 0.01;
/** Larger graphs open exactly as laid out, the simulation stopped: settling them costs seconds. */
export const OPEN_STOPPED_ABOVE = 1500;
/** Alpha target while a node is dragged, and for "re-run layout". */
export const REHEAT_ALPHA = 0.3;

/**
 * Copies the nodes for d3-force (it mutates x, y, vx, vy) and rescales the precomputed positions to a size
 * matching the node radii: the pipeline's layout units are its own business.
 */
export function createSimNodes(nodes: readonly GraphNode[]): SimNode[] {
  const points = pullInOutliers(nodes.map((node) => [node.x, node.y]));
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const extent = Math.max(x1 - x0, y1 - y0);
  const target = Math.max(400, Math.sqrt(nodes.length) * 60);
  const scale = extent > 0 ? target / extent : 1;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return nodes.map((node, i) => ({
    id: node.id,
    x: nodes.length > 1 ? (points[i][0] - cx) * scale : 0,
    y: nodes.length > 1 ? (points[i][1] - cy) * scale : 0,
    r: nodeRadius(node.importance),
    node
  }));
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * Brings far outliers closer, keeping their direction. A force layout lets small disconnected pieces drift
 * far from the main component (their distance means nothing), and fitting the camera on them would shrink
 * everything else. Points beyond the upper fence of the distance to the median centre (Tukey: Q3 + 1.5 IQR)
 * keep a quarter of their excess distance, so their order and spacing survive.
 */
export function pullInOutliers(points: readonly (readonly [number, number])[], keep = 0.25): [number, number][] {
  if (points.length < 8) return points.map(([x, y]) => [x, y]);
  const median = (values: number[]) => quantile(values.sort((a, b) => a - b), 0.5);
  const [mx, my] = [median(points.map(([x]) => x)), median(points.map(([, y]) => y))];
  const distances = points.map(([x, y]) => Math.hypot(x - mx, y - my));
  const sorted = [...distances].sort((a, b) => a - b);
  const [q1, q3] = [quantile(sorted, 0.25), quantile(sorted, 0.75)];
  const fence = q3 + 1.5 * (q3 - q1);
  return points.map(([x, y], i) => {
    const d = distances[i];
    if (d <= fence || d === 0) return [x, y];
    const f = (fence + (d - fence) * keep) / d;
    return [mx + (x - mx) * f, my + (y - my) * f];
  });
}

/** `alpha` 0 creates the simulation stopped (very large graphs open exactly as laid out, with no settling cost). */
export function createSimulation(nodes: SimNode[], edges: readonly GraphEdge[], maxWeight: number, alpha = SETTLED_ALPHA): Simulation<SimNode, undefined> {
  const links: (SimulationLinkDatum<SimNode> & { weight: number })[] = edges.map((edge) => ({
    source: edge.source,
    target: edge.target,
    weight: edge.weight
  }));
  const simulation = forceSimulation(nodes)
    .alpha(alpha)
    // Stop sooner than d3's default 0.001: below this the motion is sub-pixel but each tick still redraws.
    .alphaMin(0.005)
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((node) => node.id)
        .distance((link) => 30 + (link.source as SimNode).r + (link.target as SimNode).r)
        .strength((link) => 0.02 + 0.2 * (maxWeight > 0 ? Math.min(1, link.weight / maxWeight) : 0))
    )
    .force('charge', forceManyBody<SimNode>().strength(-40).distanceMax(300))
    .force('collide', forceCollide<SimNode>((node) => node.r + 3));
  if (alpha === 0) simulation.stop();
  return simulation;
}
