import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHitIndex, HIT_SLACK } from '../../../../src/lib/explorer/graph/hit-index';

describe('createHitIndex', () => {
  const nodes = [
    { id: 'a', x: 0, y: 0, r: 10 },
    { id: 'b', x: 100, y: 0, r: 5 }
  ];
  const edges = [{ id: 'a-b', x1: 0, y1: 0, x2: 100, y2: 0 }];
  const index = createHitIndex(nodes, edges);
  it.each([
    { x: 3, y: 3, k: 1, expected: { kind: 'node', id: 'a' } },
    { x: 100, y: 7, k: 1, expected: { kind: 'node', id: 'b' } },
    { x: 50, y: 2, k: 1, expected: { kind: 'edge', id: 'a-b' } },
    { x: 50, y: 30, k: 1, expected: null },
    // Zoomed out, the same graph distance is fewer pixels, so the slack reaches further.
    { x: 50, y: 30, k: 0.1, expected: { kind: 'edge', id: 'a-b' } }
  ])('at ($x, $y) zoom $k', ({ x, y, k, expected }) => {
    expect(index.hit(x, y, k)).toEqual(expected);
  });

  it('ignores links when asked (dragging picks nodes only)', () => {
    expect(index.hit(50, 2, 1, false)).toBeNull();
  });

  it('finds a node a scan of every node finds: one whose edge is nearest, within reach', () => {
    const node = fc.record({ x: fc.double({ min: -500, max: 500, noNaN: true }), y: fc.double({ min: -500, max: 500, noNaN: true }), r: fc.double({ min: 4, max: 18, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 300 }), fc.double({ min: -520, max: 520, noNaN: true }), fc.double({ min: -520, max: 520, noNaN: true }), fc.constantFrom(0.05, 0.5, 1, 4), (points, x, y, k) => {
        const placed = points.map((point, i) => ({ id: `n${i}`, ...point }));
        let expected: string | null = null;
        let best = Infinity;
        for (const candidate of placed) {
          const distance = Math.hypot(candidate.x - x, candidate.y - y);
          if (distance <= candidate.r + HIT_SLACK / k && distance - candidate.r < best) [expected, best] = [candidate.id, distance - candidate.r];
        }
        const hit = createHitIndex(placed, []).hit(x, y, k);
        if (expected === null) {
          expect(hit).toBeNull();
        } else {
          // Nodes at the same spot tie: any of the nearest is right.
          const found = placed.find((candidate) => candidate.id === hit?.id);
          expect(hit?.kind).toBe('node');
          expect(Math.hypot(found!.x - x, found!.y - y) - found!.r).toBeCloseTo(best, 9);
        }
      })
    );
  });
});
