/**
 * Hit-testing through a spatial index: a d3-quadtree of the node centres, so a pointer move looks at the few
 * nodes near it rather than at every node (thousands per move on a large graph). Built once per layout
 * (positions change only while the simulation runs), queried on every pointer move.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { distanceToSegment, type Hit, type PlacedEdge, type PlacedNode } from './geometry';

/** Screen pixels of slack around a node or a link, so small ones stay easy to point at when zoomed out. */
export const HIT_SLACK = 4;

export interface HitIndex {
  /** What lies under a point in graph coordinates at zoom `k`: the nearest node within reach, else the nearest link. */
  hit(x: number, y: number, k: number, withEdges?: boolean): Hit;
}

export function createHitIndex(nodes: readonly PlacedNode[], edges: readonly PlacedEdge[]): HitIndex {
  const tree: Quadtree<PlacedNode> = quadtree<PlacedNode>()
    .x((node) => node.x)
    .y((node) => node.y)
    .addAll([...nodes]);
  const maxRadius = nodes.reduce((max, node) => Math.max(max, node.r), 0);
  return {
    hit(x, y, k, withEdges = true) {
      const slack = HIT_SLACK / k;
      const reach = maxRadius + slack;
      let best: PlacedNode | null = null;
      let bestDistance = Infinity;
      // Only the quadrants that overlap the widest reach any node could have around the point.
      tree.visit((quad, x0, y0, x1, y1) => {
        if (!quad.length) {
          for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
            const node = leaf.data;
            const distance = Math.hypot(node.x - x, node.y - y);
            if (distance <= node.r + slack && distance - node.r < bestDistance) [best, bestDistance] = [node, distance - node.r];
          }
        }
        return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
      });
      if (best) return { kind: 'node', id: (best as PlacedNode).id };
      if (!withEdges) return null;
      let bestEdge: PlacedEdge | null = null;
      let bestEdgeDistance = slack;
      for (const edge of edges) {
        // A cheap box test first: most links are nowhere near the pointer.
        if (Math.min(edge.x1, edge.x2) - slack > x || Math.max(edge.x1, edge.x2) + slack < x) continue;
        if (Math.min(edge.y1, edge.y2) - slack > y || Math.max(edge.y1, edge.y2) + slack < y) continue;
        const distance = distanceToSegment(x, y, edge);
        if (distance <= bestEdgeDistance) [bestEdge, bestEdgeDistance] = [edge, distance];
      }
      return bestEdge ? { kind: 'edge', id: (bestEdge as PlacedEdge).id } : null;
    }
  };
}
