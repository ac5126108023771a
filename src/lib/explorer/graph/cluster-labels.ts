/**
 * Cluster names on the map, for reading the graph as regions at low zoom. Each name looks for free space
 * over its region: its visible members' centroid first, then spots further out, keeping the first that
 * covers no node symbol, no label placed before it and no other name; with none free it is left out (the
 * legend still lists it). A cluster is usually named after its most characteristic concept, so its name may
 * be that node's label too: the name says the region, the label the node. The most important cluster chooses
 * first. Long names are cut so they label a region without covering it.
 */
import { compareIds } from '../../pipeline/compare-ids';
import { MIN_SHOWN_CLUSTER_SIZE } from '../../graph/cluster-size';
import type { Cluster } from '../../graph/schema';
import { BoxGrid, type Box } from './box-grid';
import type { Transform } from './geometry';
import type { SimNode } from './simulation';
import { estimateTextWidth, type MeasureText } from './text-measure';

export const CLUSTER_FONT_SIZE = 13;
export const CLUSTER_FONT_WEIGHT = 600;
/** Semi-transparent at most, so a region's name reads as a label on the map rather than as one more node. */
export const CLUSTER_OPACITY = 0.78;
const MAX_CHARS = 30;
const PADDING = 4;
/** Spots tried around the centroid, in lines (vertically) and half name widths (horizontally), nearest first. */
const SPOTS = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]
  .flatMap((dy) => [0, -0.5, 0.5, -1, 1, -1.5, 1.5].map((dx) => [dx, dy] as const))
  .sort((a, b) => Math.hypot(a[0] * 2, a[1]) - Math.hypot(b[0] * 2, b[1]));
/** A name may sit this many lines above or below its members, no further: in a dense core, just outside it. */
const REACH = 2;
/** The pipeline joins a cluster's top terms with this separator ("client · entreprise · collaborateurs"). */
const SEPARATOR = ' · ';

export interface ClusterLabel {
  id: string;
  text: string;
  color: string;
  /** Screen coordinates of the text's centre. */
  x: number;
  y: number;
  /** Screen box the name covers, padding included: node labels keep out of it. */
  box: Box;
  /** Fades out as one zooms in, where node labels say more. */
  opacity: number;
}

export interface ClusterLabelOptions {
  measure?: MeasureText;
  /** Keeps tiny clusters (two or three names, already labelled node by node) from adding noise. */
  minMembers?: number;
  fontSize?: number;
  /** Boxes already taken (node symbols, the most important labels); placed names are added to it. */
  occupied?: BoxGrid;
  opacity?: number;
}

/** The first terms of a cluster name that fit in `maxChars`; at least the first term, cut with an ellipsis if long. */
export function shortClusterName(label: string, maxChars = MAX_CHARS): string {
  const [first, ...rest] = label.split(SEPARATOR);
  let text = first;
  for (const term of rest) {
    if (text.length + SEPARATOR.length + term.length > maxChars) break;
    text += SEPARATOR + term;
  }
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/** Importance is the summed importance of the visible members, so a filter that empties a cluster demotes it. */
export function placeClusterLabels(
  clusters: readonly Cluster[],
  nodes: readonly SimNode[],
  transform: Transform,
  width: number,
  height: number,
  options: ClusterLabelOptions = {}
): ClusterLabel[] {
  const { measure = estimateTextWidth, minMembers = MIN_SHOWN_CLUSTER_SIZE, fontSize = CLUSTER_FONT_SIZE, opacity = 1 } = options;
  const occupied = options.occupied ?? new BoxGrid();
  const regions = new Map<string, { x: number; y: number; w: number; n: number; importance: number; x0: number; y0: number; x1: number; y1: number }>();
  for (const sim of nodes) {
    if (!sim.node.cluster) continue;
    const region = regions.get(sim.node.cluster) ?? { x: 0, y: 0, w: 0, n: 0, importance: 0, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    const w = sim.r * sim.r;
    regions.set(sim.node.cluster, {
      x: region.x + sim.x * w,
      y: region.y + sim.y * w,
      w: region.w + w,
      n: region.n + 1,
      importance: region.importance + sim.node.importance,
      x0: Math.min(region.x0, sim.x - sim.r),
      y0: Math.min(region.y0, sim.y - sim.r),
      x1: Math.max(region.x1, sim.x + sim.r),
      y1: Math.max(region.y1, sim.y + sim.r)
    });
  }
  const ordered = clusters
    .filter((cluster) => (regions.get(cluster.id)?.n ?? 0) >= minMembers)
    .sort((a, b) => regions.get(b.id)!.importance - regions.get(a.id)!.importance || compareIds(a.id, b.id));
  const line = fontSize * 1.4;
  const placed: ClusterLabel[] = [];
  for (const cluster of ordered) {
    const region = regions.get(cluster.id)!;
    const screen = (x: number, y: number) => [transform.x + x * transform.k, transform.y + y * transform.k] as const;
    const [cx, cy] = screen(region.x / region.w, region.y / region.w);
    const [rx0, ry0] = screen(region.x0, region.y0);
    const [rx1, ry1] = screen(region.x1, region.y1);
    const text = shortClusterName(cluster.label);
    const half = measure(text, fontSize, CLUSTER_FONT_WEIGHT) / 2 + PADDING;
    for (const [dx, dy] of SPOTS) {
      const [x, y] = [cx + dx * half, cy + dy * line];
      if (x < rx0 - half || x > rx1 + half || y < ry0 - REACH * line || y > ry1 + REACH * line) continue;
      const box = { x0: x - half, y0: y - fontSize / 2 - PADDING, x1: x + half, y1: y + fontSize / 2 + PADDING };
      if (box.x0 < 0 || box.x1 > width || box.y0 < 0 || box.y1 > height || !occupied.isFree(box)) continue;
      occupied.add(box, `cluster:${cluster.id}`);
      placed.push({ id: cluster.id, text, color: cluster.color, x, y, box, opacity });
      break;
    }
  }
  return placed;
}

/**
 * `share` of colour `a` mixed with `b`, both `#rrggbb` (the canvas twin of CSS `color-mix(in srgb, …)`);
 * returns `a` when either is not a hex colour.
 */
export function mixHex(a: string, b: string, share: number): string {
  const parse = (hex: string) => (/^#[0-9a-f]{6}$/i.test(hex) ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null);
  const [ca, cb] = [parse(a), parse(b)];
  if (!ca || !cb) return a;
  return `#${ca.map((value, i) => Math.round(value * share + cb[i] * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}
