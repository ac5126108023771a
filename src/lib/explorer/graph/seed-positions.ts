/**
 * Where the nodes of a rebuilt graph start, so a correction leaves the picture where it was. The pipeline
 * lays the rebuilt graph out afresh, and a force layout's result moves wholesale for the smallest change;
 * the person was looking at the old picture. So a node that was on screen starts where it was (pinned
 * still if it was dragged), and a node new to the picture (a term added, a node no longer merged away) starts
 * beside its neighbours that were, or failing those at its own layout position, moved by how far the
 * layout's positions and the screen's differ on the nodes both have.
 */
import type { SimNode } from './simulation';

export interface PlacedNode {
  x: number;
  y: number;
  fx?: number | null;
  fy?: number | null;
}

/** The golden angle spreads newcomers round a shared neighbour instead of stacking them on one point. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Moves `nodes` (fresh from `createSimNodes`, so theirs to change) to their seeded start, and returns them. */
export function seedPositions<T extends SimNode>(nodes: T[], previous: ReadonlyMap<string, PlacedNode>, edges: readonly { source: string; target: string }[]): T[] {
  let [dx, dy, kept] = [0, 0, 0];
  for (const node of nodes) {
    const was = previous.get(node.id);
    if (!was) continue;
    dx += was.x - node.x;
    dy += was.y - node.y;
    kept++;
  }
  if (kept === 0) return nodes;
  [dx, dy] = [dx / kept, dy / kept];

  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  let newcomers = 0;
  for (const node of nodes) {
    const was = previous.get(node.id);
    if (was) {
      node.x = was.x;
      node.y = was.y;
      node.fx = was.fx ?? null;
      node.fy = was.fy ?? null;
      continue;
    }
    const placed = (neighbours.get(node.id) ?? []).map((id) => previous.get(id)).filter((other) => other !== undefined);
    if (placed.length === 0) {
      node.x += dx;
      node.y += dy;
      continue;
    }
    const angle = GOLDEN_ANGLE * newcomers++;
    const distance = 2 * node.r + 20;
    node.x = placed.reduce((sum, other) => sum + other.x, 0) / placed.length + distance * Math.cos(angle);
    node.y = placed.reduce((sum, other) => sum + other.y, 0) / placed.length + distance * Math.sin(angle);
  }
  return nodes;
}

type Link = { source: string; target: string; weight: number };

function neighbourhoods(edges: readonly Link[]): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const { source, target, weight } of edges) {
    lists.set(source, [...(lists.get(source) ?? []), `${target}\u0000${weight}`]);
    lists.set(target, [...(lists.get(target) ?? []), `${source}\u0000${weight}`]);
  }
  return new Map([...lists].map(([id, list]) => [id, list.sort().join('\u0001')]));
}

/**
 * The nodes a rebuild did not touch: drawn before, with the same links at the same weights. They are held
 * where they are while the rest settles (a relabelled or retyped node included), since even a gentle
 * restart nudges every node of a layout that had not quite come to rest.
 */
export function unaffectedNodes(previousEdges: readonly Link[], nextEdges: readonly Link[], previousIds: ReadonlySet<string>, nextIds: Iterable<string>): Set<string> {
  const [before, after] = [neighbourhoods(previousEdges), neighbourhoods(nextEdges)];
  const unaffected = new Set<string>();
  for (const id of nextIds) if (previousIds.has(id) && (before.get(id) ?? '') === (after.get(id) ?? '')) unaffected.add(id);
  return unaffected;
}
