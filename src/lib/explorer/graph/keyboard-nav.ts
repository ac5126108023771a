/**
 * Moving between a node and its neighbours with the arrow keys: the neighbour chosen is the one that lies in the
 * arrow's direction on screen, so the keyboard goes where the eye expects rather than down a list.
 */

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const DIRECTIONS: Record<ArrowKey, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  // Screen coordinates: y grows downwards.
  ArrowUp: [0, -1],
  ArrowDown: [0, 1]
};

export const isArrowKey = (key: string): key is ArrowKey => key in DIRECTIONS;

/**
 * The candidate in the arrow's direction from `from`: only those within 60° either side of it count (a node
 * straight above is no answer to →), and among them the nearest wins, an off-axis one counting as further away.
 * Null when nothing lies that way.
 */
export function neighbourInDirection(from: { x: number; y: number }, candidates: readonly Placed[], key: ArrowKey): string | null {
  const [dx, dy] = DIRECTIONS[key];
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const vx = candidate.x - from.x;
    const vy = candidate.y - from.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const cos = (vx * dx + vy * dy) / distance;
    if (cos < 0.5) continue;
    // Straight ahead counts its distance; at the edge of the cone, twice it.
    const score = distance * (2 - (cos - 0.5) * 2);
    if (!best || score < best.score || (score === best.score && candidate.id < best.id)) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}
