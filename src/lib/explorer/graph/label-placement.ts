/**
 * Chooses which node labels to draw: most important first, skipping any that would overlap one already placed
 * or fall off screen. Zooming in spreads nodes apart, so more labels fit: "important ones at low zoom, more as
 * you zoom in" follows from the collision test alone, without a hand-tuned zoom threshold.
 */
import type { Transform } from './geometry';
import { estimateTextWidth, type MeasureText } from './text-measure';

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher is placed first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Screen coordinates of the label's baseline centre. */
  x: number;
  y: number;
  /** Faded with its node while another neighbourhood is emphasised. */
  dim?: boolean;
}

export const LABEL_FONT_SIZE = 12;
const PADDING = 3;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * `forced` ids (selection, hovered node and its neighbours) are placed first whatever their priority.
 * `maxLabels` bounds the work for very large graphs; `obstacles` are screen boxes labels must avoid;
 * `measure` gives a text's width in pixels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  transform: Transform,
  width: number,
  height: number,
  forced: ReadonlySet<string> = new Set(),
  maxLabels = 250,
  obstacles: readonly Box[] = [],
  measure: MeasureText = estimateTextWidth,
  fontSize = LABEL_FONT_SIZE
): PlacedLabel[] {
  const ordered = [...candidates].sort(
    (a, b) => Number(forced.has(b.id)) - Number(forced.has(a.id)) || b.priority - a.priority || a.id.localeCompare(b.id)
  );
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [...obstacles];
  for (const candidate of ordered) {
    if (placed.length >= maxLabels) break;
    const sx = transform.x + candidate.x * transform.k;
    const sy = transform.y + candidate.y * transform.k;
    const offset = candidate.r * transform.k + 2;
    const text = candidate.text.length > 40 ? `${candidate.text.slice(0, 39)}…` : candidate.text;
    const textWidth = measure(text, fontSize);
    const box = {
      x0: sx - textWidth / 2 - PADDING,
      y0: sy + offset - PADDING,
      x1: sx + textWidth / 2 + PADDING,
      y1: sy + offset + fontSize + PADDING
    };
    if (box.x1 < 0 || box.x0 > width || box.y1 < 0 || box.y0 > height) continue;
    if (!forced.has(candidate.id) && boxes.some((other) => overlaps(box, other))) continue;
    boxes.push(box);
    placed.push({ id: candidate.id, text, x: sx, y: sy + offset + fontSize - 2 });
  }
  return placed;
}
