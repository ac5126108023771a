/**
 * Sizes and shapes shared by the SVG and canvas renderers, so both draw and pick the same graph.
 * Sizes grow with the square root of importance: area, not radius, should read as importance.
 */
import type { NodeType } from '../../graph/schema';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const MIN_RADIUS = 4;
export const MAX_RADIUS = 18;

export function nodeRadius(importance: number): number {
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, Math.min(1, importance)));
}

/** A link's strength as a share of the strongest co-occurrence, 0..1 (typed relations may exceed it: capped). */
const strength = (weight: number, maxWeight: number) => (maxWeight > 0 ? Math.min(1, Math.max(0, weight) / maxWeight) : 0);

/**
 * Width and opacity both grow with weight, linearly: a few hundred co-occurrence links at one grey turn into
 * a mush, while faint weak links and solid strong ones let the backbone show.
 */
export function edgeWidth(weight: number, maxWeight: number): number {
  return 0.5 + 2.5 * strength(weight, maxWeight);
}

export function edgeOpacity(weight: number, maxWeight: number): number {
  return 0.16 + 0.5 * strength(weight, maxWeight);
}

/** Half the side of the box a node's symbol fills (a diamond's tips reach further than a circle's edge). */
export function glyphExtent(type: NodeType, r: number): number {
  return type === 'person' ? r * 1.25 : type === 'document' ? r * 1.2 : type === 'organization' ? r * 0.9 : r;
}

/** An SVG path centred on 0,0 for a node of radius r: circle, diamond, square, page-like triangle. */
export function symbolPath(type: NodeType, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (type) {
    case 'person': {
      const d = f(r * 1.25);
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'organization': {
      const s = f(r * 0.9);
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'document': {
      const h = f(r * 1.2);
      return `M0,${-h}L${h},${f(h * 0.8)}H${-h}Z`;
    }
    default:
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
  }
}

export function distanceToSegment(px: number, py: number, edge: PlacedEdge): number {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - edge.x1) * dx + (py - edge.y1) * dy) / length2));
  return Math.hypot(px - (edge.x1 + t * dx), py - (edge.y1 + t * dy));
}

export type Hit = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** Space kept clear around the fitted graph, in screen pixels (room for overlaid controls and labels). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The transform that shows every node inside a width × height viewport, inset by a margin, zoom capped. */
export function fitTransform(nodes: readonly PlacedNode[], width: number, height: number, margin: number | Insets = 40, maxK = 2.5): Transform {
  if (nodes.length === 0 || width <= 0 || height <= 0) return { x: width / 2, y: height / 2, k: 1 };
  const inset = typeof margin === 'number' ? { top: margin, right: margin, bottom: margin, left: margin } : margin;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    x0 = Math.min(x0, node.x - node.r);
    y0 = Math.min(y0, node.y - node.r);
    x1 = Math.max(x1, node.x + node.r);
    y1 = Math.max(y1, node.y + node.r);
  }
  const [innerWidth, innerHeight] = [Math.max(1, width - inset.left - inset.right), Math.max(1, height - inset.top - inset.bottom)];
  const k = Math.min(maxK, innerWidth / Math.max(1, x1 - x0), innerHeight / Math.max(1, y1 - y0));
  return { x: inset.left + innerWidth / 2 - (k * (x0 + x1)) / 2, y: inset.top + innerHeight / 2 - (k * (y0 + y1)) / 2, k };
}
