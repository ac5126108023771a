import { describe, expect, it } from 'vitest';
import { edgeOpacity, edgeWidth, fitTransform, MAX_RADIUS, MIN_RADIUS, nodeRadius, symbolPath } from '../../../../src/lib/explorer/graph/geometry';

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
