import { describe, expect, it } from 'vitest';
import { BoxGrid, overlaps, type Box } from '../../../../src/lib/explorer/graph/box-grid';
import { placeLabels, type PlacedLabel } from '../../../../src/lib/explorer/graph/label-placement';

const identity = { x: 0, y: 0, k: 1 };
const candidate = (id: string, x: number, y: number, priority: number) => ({ id, x, y, extent: 5, text: id, priority });
const glyph = (x: number, y: number, e = 5): Box => ({ x0: x - e, y0: y - e, x1: x + e, y1: y + e });
const ids = (labels: PlacedLabel[]) => labels.map((label) => label.id);

describe('placeLabels', () => {
  it('puts a lone label to the right of its node, clear of the symbol', () => {
    const [label] = placeLabels([candidate('client', 100, 100, 1)], identity, 800, 600);
    expect(label).toMatchObject({ anchor: 'start', y: 100 });
    expect(label.box.x0).toBeGreaterThan(105);
    expect(overlaps(label.box, glyph(100, 100))).toBe(false);
  });

  it('tries the other sides when the right is taken, and never covers a node symbol', () => {
    const occupied = new BoxGrid();
    // A node just right of "offres" blocks the right-hand spot.
    occupied.add(glyph(130, 100), 'entreprise');
    const [label] = placeLabels([candidate('offres', 100, 100, 1)], identity, 800, 600, { occupied });
    expect(label.anchor).toBe('end');
    expect(overlaps(label.box, glyph(130, 100))).toBe(false);
  });

  it('labels two close nodes on different sides instead of dropping one', () => {
    const placed = placeLabels([candidate('transformation digitale', 100, 100, 0.2), candidate('expérience client', 100, 118, 0.9)], identity, 800, 600);
    expect(ids(placed).sort()).toEqual(['expérience client', 'transformation digitale']);
    expect(overlaps(placed[0].box, placed[1].box)).toBe(false);
  });

  it('keeps the more important label where only one fits', () => {
    // Walls everywhere but a strip right of two stacked nodes: one label's room.
    const occupied = new BoxGrid();
    for (const wall of [{ x0: 0, y0: 0, x1: 800, y1: 88 }, { x0: 0, y0: 114, x1: 800, y1: 600 }, { x0: 0, y0: 0, x1: 94, y1: 600 }]) occupied.add(wall, 'wall');
    const placed = placeLabels([candidate('transformation digitale', 100, 100, 0.2), candidate('expérience client', 100, 102, 0.9)], identity, 800, 600, { occupied });
    expect(ids(placed)).toEqual(['expérience client']);
  });

  it('names more nodes as zooming in spreads them apart', () => {
    const grid = Array.from({ length: 9 }, (_, i) => candidate(`n${i}`, (i % 3) * 12, Math.floor(i / 3) * 12, 1 - i / 10));
    const withSymbols = (k: number, x = 400, y = 300) => {
      const occupied = new BoxGrid();
      for (const c of grid) occupied.add(glyph(x + c.x * k, y + c.y * k, 5 * k), c.id);
      return occupied;
    };
    const far = placeLabels(grid, { x: 400, y: 300, k: 1 }, 800, 600, { occupied: withSymbols(1) });
    const near = placeLabels(grid, { x: 200, y: 150, k: 12 }, 800, 600, { occupied: withSymbols(12, 200, 150) });
    expect(far.length).toBeLessThan(grid.length);
    expect(near).toHaveLength(grid.length);
  });

  it('always places forced labels (the selection), even where every spot is taken', () => {
    const occupied = new BoxGrid();
    occupied.add({ x0: 0, y0: 0, x1: 800, y1: 600 }, 'everything');
    expect(placeLabels([candidate('Amazon', 100, 100, 0.9)], identity, 800, 600, { occupied })).toEqual([]);
    const forced = placeLabels([candidate('Amazon', 100, 100, 0.9), candidate('Jeff Bezos', 102, 101, 0.1)], identity, 800, 600, { occupied: new BoxGrid(), forced: new Set(['Jeff Bezos']) });
    expect(ids(forced)[0]).toBe('Jeff Bezos');
  });

  it('skips labels off screen and stops at the density’s budget', () => {
    expect(placeLabels([candidate('loin', 5000, 5000, 1)], identity, 800, 600)).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => candidate(`n${i}`, 40 + (i % 5) * 150, 40 + Math.floor(i / 5) * 90, 1 - i / 100));
    expect(placeLabels(many, identity, 800, 600, { maxLabels: 5 }).map((label) => label.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });

  it('shortens very long labels', () => {
    const [label] = placeLabels([{ ...candidate('x', 100, 300, 1), text: 'a'.repeat(60) }], identity, 800, 600);
    expect(label.text).toHaveLength(40);
    expect(label.text.endsWith('…')).toBe(true);
  });
});

describe('BoxGrid', () => {
  it('counts the boxes a box overlaps, ignoring its owner’s', () => {
    const grid = new BoxGrid(10);
    grid.add({ x0: 0, y0: 0, x1: 30, y1: 30 }, 'a');
    grid.add({ x0: 25, y0: 25, x1: 40, y1: 40 }, 'b');
    expect(grid.count({ x0: 20, y0: 20, x1: 35, y1: 35 })).toBe(2);
    expect(grid.count({ x0: 20, y0: 20, x1: 35, y1: 35 }, 'a')).toBe(1);
    expect(grid.isFree({ x0: 41, y0: 41, x1: 50, y1: 50 })).toBe(true);
    expect(grid.isFree({ x0: -20, y0: -20, x1: -1, y1: -1 })).toBe(true);
  });
});
