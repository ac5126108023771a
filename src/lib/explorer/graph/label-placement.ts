/**
 * Node labels placed as a cartographer places town names: the most important first, each tried at several
 * spots around its symbol (right, left, below, above, then the corners) and kept at the first spot that
 * covers no other label, no node symbol and no cluster name. Zooming in spreads nodes apart, so more labels
 * fit: "important ones at low zoom, more as you zoom in" follows from the collision test alone.
 */
import { compareIds } from '../../pipeline/compare-ids';
import { BoxGrid, type Box } from './box-grid';
import type { Transform } from './geometry';
import { estimateTextWidth, type MeasureText } from './text-measure';

export type { Box } from './box-grid';

export interface LabelCandidate {
  id: string;
  /** Graph coordinates of the node's centre. */
  x: number;
  y: number;
  /** Half the side of the node symbol's box, in graph units. */
  extent: number;
  text: string;
  /** Higher is placed first. */
  priority: number;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  text: string;
  /** Screen coordinates of the text's anchor point, vertically centred (SVG `dominant-baseline: central`). */
  x: number;
  y: number;
  anchor: LabelAnchor;
  /** Screen box the text covers. */
  box: Box;
  /** A line from the symbol's edge to a label set further out, where the spots next to the symbol were taken. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Faded with its node while another neighbourhood is emphasised. */
  dim?: boolean;
}

export const LABEL_FONT_SIZE = 12;
/** A line of text is taller than its font size (ascenders, descenders). */
const LINE_HEIGHT = 1.2;
/** Gap between a symbol and its label, in pixels. */
const GAP = 3;
const MAX_CHARS = 40;

/** Where a label may sit around its node: [horizontal side, vertical side], tried in this order. */
const POSITIONS: readonly (readonly [-1 | 0 | 1, -1 | 0 | 1])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1]
];

/**
 * Distances further out (pixels) at which the largest and the forced labels may sit, with a leader line, when
 * every spot next to their symbol is taken: in a dense core, naming the biggest node matters more than
 * keeping its name touching it. Other labels stay next to their symbol or are left out.
 */
const LEADER_RINGS = [10, 20, 32, 46, 62, 80, 100, 124, 150, 180];
const LEADER_PADDING = 1;

export const LABEL_DENSITIES = ['low', 'medium', 'high'] as const;
export type LabelDensity = (typeof LABEL_DENSITIES)[number];

/** How many labels at most, and the clear space each keeps around it (pixels), per density. */
export const DENSITY_SETTINGS: Record<LabelDensity, { maxLabels: number; padding: number }> = {
  low: { maxLabels: 20, padding: 8 },
  medium: { maxLabels: 250, padding: 3 },
  high: { maxLabels: 600, padding: 0.5 }
};

export interface PlaceLabelsOptions {
  /** Always labelled, before any other (selection, hovered node, their neighbours). */
  forced?: ReadonlySet<string>;
  maxLabels?: number;
  /** Clear space kept between labels, in pixels. */
  padding?: number;
  /** Boxes already taken (node symbols, cluster names); placed labels are added to it. */
  occupied?: BoxGrid;
  measure?: MeasureText;
  fontSize?: number;
  /** May set labels further out with a leader line (see LEADER_RINGS). */
  leaders?: boolean;
}

export function shortLabel(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** Directions tried for labels set further out: sixteen, so one finds the gap between two neighbours. */
const LEADER_DIRECTIONS = Array.from({ length: 16 }, (_, i) => [Math.cos((i * Math.PI) / 8), Math.sin((i * Math.PI) / 8)] as const);

function boxFor(x: number, y: number, anchor: LabelAnchor, textWidth: number, half: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - textWidth : x - textWidth / 2;
  return { x0, y0: y - half, x1: x0 + textWidth, y1: y + half };
}

/** The label of `candidate` next to its symbol, at one of the POSITIONS, in screen coordinates. */
function labelAt(candidate: LabelCandidate, text: string, position: (typeof POSITIONS)[number], transform: Transform, textWidth: number, fontSize: number): PlacedLabel {
  const [sx, sy] = [transform.x + candidate.x * transform.k, transform.y + candidate.y * transform.k];
  const reach = candidate.extent * transform.k + GAP;
  const half = (fontSize * LINE_HEIGHT) / 2;
  const [h, v] = position;
  // Corners clear the symbol's whole box, so no label ever touches a square's corner or a diamond's tip.
  const [x, y] = [sx + h * reach, sy + v * (reach + half)];
  const anchor: LabelAnchor = h > 0 ? 'start' : h < 0 ? 'end' : 'middle';
  return { id: candidate.id, text, x, y, anchor, box: boxFor(x, y, anchor, textWidth, half) };
}

/** The label set `ring` pixels out from its symbol in direction `[cx, cy]`, with a leader line back to it. */
function labelOut(candidate: LabelCandidate, text: string, [cx, cy]: readonly [number, number], ring: number, transform: Transform, textWidth: number, fontSize: number): PlacedLabel {
  const [sx, sy] = [transform.x + candidate.x * transform.k, transform.y + candidate.y * transform.k];
  const symbol = candidate.extent * transform.k;
  const half = (fontSize * LINE_HEIGHT) / 2;
  const reach = symbol + GAP + ring;
  const anchor: LabelAnchor = cx > 0.3 ? 'start' : cx < -0.3 ? 'end' : 'middle';
  const [x, y] = [sx + cx * reach, sy + cy * reach + (anchor === 'middle' ? Math.sign(cy) * half : 0)];
  const box = boxFor(x, y, anchor, textWidth, half);
  // From the symbol's edge towards the nearest point of the text.
  const [tx, ty] = [clamp(sx, box.x0, box.x1), clamp(sy, box.y0, box.y1)];
  const distance = Math.hypot(tx - sx, ty - sy) || 1;
  const leader = { x1: sx + ((tx - sx) / distance) * symbol, y1: sy + ((ty - sy) / distance) * symbol, x2: tx, y2: ty };
  return { id: candidate.id, text, x, y, anchor, box, leader };
}

const grow = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by });
const onScreen = (box: Box, width: number, height: number) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;

/**
 * Places labels in priority order; forced ones first, and always: at the first free spot (further out with a
 * leader line if `leaders`), else next to the symbol where they cover the fewest others. A label that would
 * leave the screen or covers anything is tried elsewhere, then dropped.
 */
export function placeLabels(candidates: readonly LabelCandidate[], transform: Transform, width: number, height: number, options: PlaceLabelsOptions = {}): PlacedLabel[] {
  const { forced = new Set<string>(), maxLabels = DENSITY_SETTINGS.medium.maxLabels, padding = DENSITY_SETTINGS.medium.padding, measure = estimateTextWidth, fontSize = LABEL_FONT_SIZE, leaders = false } = options;
  const occupied = options.occupied ?? new BoxGrid();
  const ordered = [...candidates].sort(
    (a, b) => Number(forced.has(b.id)) - Number(forced.has(a.id)) || b.priority - a.priority || compareIds(a.id, b.id)
  );
  const placed: PlacedLabel[] = [];
  const farthest = (leaders ? LEADER_RINGS[LEADER_RINGS.length - 1] : 0) + GAP + fontSize * LINE_HEIGHT;
  for (const candidate of ordered) {
    const isForced = forced.has(candidate.id);
    if (placed.length >= maxLabels && !isForced) break;
    const text = shortLabel(candidate.text);
    const textWidth = measure(text, fontSize);
    // Far off screen (zoomed in), no spot of this label can be on screen: skip the spots rather than try each.
    const [sx, sy] = [transform.x + candidate.x * transform.k, transform.y + candidate.y * transform.k];
    const reach = candidate.extent * transform.k + farthest + textWidth;
    if (sx + reach < 0 || sx - reach > width || sy + reach < 0 || sy - reach > height) continue;
    let best: PlacedLabel | null = null;
    let fewest = Infinity;
    /** True when `label` is free and taken; a forced label also remembers the spot that covers the fewest. */
    const takes = (label: PlacedLabel): boolean => {
      if (!onScreen(label.box, width, height)) return false;
      // Out in a crowd, a label takes the narrowest gap that keeps it legible rather than go further out.
      const clear = label.leader ? Math.min(padding, LEADER_PADDING) : padding;
      const covered = occupied.count(grow(label.box, clear), candidate.id, isForced ? Infinity : 1);
      if (covered === 0) {
        best = label;
        return true;
      }
      // A forced label with no free spot stays next to its symbol, where it covers the fewest others.
      if (isForced && !label.leader && covered < fewest) [best, fewest] = [label, covered];
      return false;
    };
    const nextToSymbol = POSITIONS.some((position) => takes(labelAt(candidate, text, position, transform, textWidth, fontSize)));
    if (!nextToSymbol && leaders) LEADER_RINGS.some((ring) => LEADER_DIRECTIONS.some((direction) => takes(labelOut(candidate, text, direction, ring, transform, textWidth, fontSize))));
    if (!best) continue;
    const chosen: PlacedLabel = best;
    occupied.add(grow(chosen.box, chosen.leader ? Math.min(padding, LEADER_PADDING) : padding), candidate.id);
    placed.push(chosen);
  }
  return placed;
}
