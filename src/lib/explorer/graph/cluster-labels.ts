/**
 * Cluster names on the map, for reading the graph as regions at low zoom. Each name sits at its visible
 * members' centroid; the most important cluster is placed first, and a name that would overlap one already
 * placed is nudged a line above or below its centroid, else dropped (the legend still lists it). Names are
 * cut to their first terms so they label a region without covering it.
 */
import type { Cluster } from '../../graph/schema';
import type { Transform } from './geometry';
import type { Box } from './label-placement';
import type { SimNode } from './simulation';
import { estimateTextWidth, type MeasureText } from './text-measure';

export const CLUSTER_FONT_SIZE = 13;
export const CLUSTER_FONT_WEIGHT = 600;
const MAX_CHARS = 30;
const PADDING = 4;
/** Vertical nudges tried in turn, in lines: on the centroid, then above, below, two above, two below. */
const NUDGES = [0, -1.3, 1.3, -2.6, 2.6];
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

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * `minMembers` keeps tiny clusters (two or three names, already labelled node by node) from adding noise.
 * Importance is the summed PageRank of the visible members, so a filter that empties a cluster demotes it.
 */
export function placeClusterLabels(
  clusters: readonly Cluster[],
  nodes: readonly SimNode[],
  transform: Transform,
  width: number,
  height: number,
  measure: MeasureText = estimateTextWidth,
  minMembers = 3,
  fontSize = CLUSTER_FONT_SIZE
): ClusterLabel[] {
  const sums = new Map<string, { x: number; y: number; w: number; n: number; importance: number }>();
  for (const sim of nodes) {
    if (!sim.node.cluster) continue;
    const sum = sums.get(sim.node.cluster) ?? { x: 0, y: 0, w: 0, n: 0, importance: 0 };
    const w = sim.r * sim.r;
    sums.set(sim.node.cluster, { x: sum.x + sim.x * w, y: sum.y + sim.y * w, w: sum.w + w, n: sum.n + 1, importance: sum.importance + sim.node.importance });
  }
  const ordered = clusters
    .filter((cluster) => (sums.get(cluster.id)?.n ?? 0) >= minMembers)
    .sort((a, b) => sums.get(b.id)!.importance - sums.get(a.id)!.importance || a.id.localeCompare(b.id));
  const placed: ClusterLabel[] = [];
  for (const cluster of ordered) {
    const sum = sums.get(cluster.id)!;
    const x = transform.x + (sum.x / sum.w) * transform.k;
    const centreY = transform.y + (sum.y / sum.w) * transform.k;
    const text = shortClusterName(cluster.label);
    const half = measure(text, fontSize, CLUSTER_FONT_WEIGHT) / 2 + PADDING;
    for (const nudge of NUDGES) {
      const y = centreY + nudge * fontSize;
      const box = { x0: x - half, y0: y - fontSize / 2 - PADDING, x1: x + half, y1: y + fontSize / 2 + PADDING };
      if (x < 0 || x > width || y < 0 || y > height) continue;
      if (placed.some((other) => overlaps(box, other.box))) continue;
      placed.push({ id: cluster.id, text, color: cluster.color, x, y, box });
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
