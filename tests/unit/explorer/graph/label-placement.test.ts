import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../../src/lib/explorer/graph/label-placement';

const identity = { x: 0, y: 0, k: 1 };
const candidate = (id: string, x: number, y: number, priority: number) => ({ id, x, y, r: 5, text: id, priority });

describe('placeLabels', () => {
  it('keeps the more important of two overlapping labels', () => {
    const placed = placeLabels([candidate('transformation digitale', 100, 100, 0.2), candidate('expérience client', 104, 102, 0.9)], identity, 800, 600);
    expect(placed.map((label) => label.id)).toEqual(['expérience client']);
  });

  it('shows both once zoomed in far enough to separate them', () => {
    const candidates = [candidate('transformation digitale', 100, 100, 0.2), candidate('expérience client', 104, 112, 0.9)];
    expect(placeLabels(candidates, identity, 800, 600)).toHaveLength(1);
    expect(placeLabels(candidates, { x: -200, y: -300, k: 4 }, 800, 600)).toHaveLength(2);
  });

  it('always places forced labels (the selection)', () => {
    const placed = placeLabels([candidate('Amazon', 100, 100, 0.9), candidate('Jeff Bezos', 102, 101, 0.1)], identity, 800, 600, new Set(['Jeff Bezos']));
    expect(placed.map((label) => label.id)).toContain('Jeff Bezos');
  });

  it('skips labels off screen and avoids obstacles', () => {
    expect(placeLabels([candidate('loin', 5000, 5000, 1)], identity, 800, 600)).toEqual([]);
    const obstacle = { x0: 0, y0: 0, x1: 800, y1: 600 };
    expect(placeLabels([candidate('caché', 100, 100, 1)], identity, 800, 600, new Set(), 250, [obstacle])).toEqual([]);
  });

  it('shortens very long labels', () => {
    const [label] = placeLabels([{ ...candidate('x', 400, 300, 1), text: 'a'.repeat(60) }], identity, 800, 600);
    expect(label.text).toHaveLength(40);
    expect(label.text.endsWith('…')).toBe(true);
  });
});
