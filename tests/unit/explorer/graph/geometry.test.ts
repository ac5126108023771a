import { describe, expect, it } from 'vitest';
import { edgeOpacity, edgeWidth, fitTransform, hitTest, MAX_RADIUS, MIN_RADIUS, nodeRadius, symbolPath } from '../../../../src/lib/explorer/graph/geometry';

describe('sizes', () => {
  it.each([
    { importance: 0, expected: MIN_RADIUS },
    { importance: 1, expected: MAX_RADIUS },
    { importance: 7, expected: MAX_RADIUS },
    { importance: -1, expected: MIN_RADIUS }
  ])('nodeRadius($importance) = $expected', ({ importance, expected }) => {
    expect(nodeRadius(importance)).toBe(expected);
  });

  it('grows link width and opacity with weight, capped at the strongest co-occurrence', () => {
    expect(edgeWidth(1, 4)).toBeLessThan(edgeWidth(4, 4));
    expect(edgeOpacity(1, 4)).toBeLessThan(edgeOpacity(4, 4));
    expect(edgeWidth(0, 0)).toBeGreaterThan(0);
    // A typed relation scored above every co-occurrence draws like the strongest one, no wider.
    expect(edgeWidth(12, 4)).toBe(edgeWidth(4, 4));
    expect(edgeOpacity(12, 4)).toBeLessThanOrEqual(1);
  });

  it('draws a distinct shape per type', () => {
    const shapes = new Set((['concept', 'person', 'organization', 'document'] as const).map((type) => symbolPath(type, 5)));
    expect(shapes.size).toBe(4);
  });
});

describe('hitTest', () => {
  const nodes = [
    { id: 'a', x: 0, y: 0, r: 10 },
    { id: 'b', x: 100, y: 0, r: 5 }
  ];
  const edges = [{ id: 'a-b', x1: 0, y1: 0, x2: 100, y2: 0 }];
  it.each([
    { x: 3, y: 3, k: 1, expected: { kind: 'node', id: 'a' } },
    { x: 100, y: 7, k: 1, expected: { kind: 'node', id: 'b' } },
    { x: 50, y: 2, k: 1, expected: { kind: 'edge', id: 'a-b' } },
    { x: 50, y: 30, k: 1, expected: null },
    // Zoomed out, the same graph distance is fewer pixels, so the slack reaches further.
    { x: 50, y: 30, k: 0.1, expected: { kind: 'edge', id: 'a-b' } }
  ])('at ($x, $y) zoom $k', ({ x, y, k, expected }) => {
    expect(hitTest(nodes, edges, x, y, k)).toEqual(expected);
  });

  it('ignores links when asked (dragging picks nodes only)', () => {
    expect(hitTest(nodes, edges, 50, 2, 1, false)).toBeNull();
  });
});

describe('fitTransform', () => {
  it('puts every node inside the viewport', () => {
    const nodes = [
      { id: 'a', x: -500, y: -100, r: 10 },
      { id: 'b', x: 300, y: 400, r: 10 }
    ];
    const t = fitTransform(nodes, 800, 600);
    for (const node of nodes) {
      const [sx, sy] = [t.x + node.x * t.k, t.y + node.y * t.k];
      expect(sx).toBeGreaterThanOrEqual(0);
      expect(sx).toBeLessThanOrEqual(800);
      expect(sy).toBeGreaterThanOrEqual(0);
      expect(sy).toBeLessThanOrEqual(600);
    }
  });

  it('keeps clear of the insets (the camera toolbar below)', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0, r: 5 },
      { id: 'b', x: 1000, y: 1000, r: 5 }
    ];
    const t = fitTransform(nodes, 800, 600, { top: 10, right: 10, bottom: 100, left: 10 });
    expect(t.y + 1005 * t.k).toBeCloseTo(500);
    expect(t.y + -5 * t.k).toBeGreaterThanOrEqual(10);
  });

  it('caps the zoom for a single node', () => {
    expect(fitTransform([{ id: 'a', x: 0, y: 0, r: 5 }], 800, 600).k).toBe(2.5);
  });
});
