import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../../src/lib/graph/schema';
import { seedPositions, unaffectedNodes, type PlacedNode } from '../../../../src/lib/explorer/graph/seed-positions';
import type { SimNode } from '../../../../src/lib/explorer/graph/simulation';

const sim = (id: string, x: number, y: number): SimNode => ({ id, x, y, r: 5, node: { id } as GraphNode });
const at = (nodes: SimNode[]) => Object.fromEntries(nodes.map((node) => [node.id, [Math.round(node.x), Math.round(node.y)]]));

describe('seedPositions', () => {
  const previous = new Map<string, PlacedNode>([
    ['client', { x: 100, y: 100 }],
    ['parcours', { x: 140, y: 100 }],
    ['l’énergie', { x: -200, y: 50, fx: -200, fy: 50 }]
  ]);

  it('puts the nodes that were on screen back where they were, a dragged one pinned still', () => {
    // The rebuilt layout moved everything; the screen should not.
    const nodes = seedPositions([sim('client', 0, 0), sim('parcours', 30, 10), sim('l’énergie', 500, 500)], previous, []);
    expect(at(nodes)).toEqual({ client: [100, 100], parcours: [140, 100], 'l’énergie': [-200, 50] });
    expect([nodes[2].fx, nodes[2].fy]).toEqual([-200, 50]);
    expect([nodes[0].fx, nodes[0].fy]).toEqual([null, null]);
  });

  it('starts a new node beside the neighbours that were on screen', () => {
    const edges = [{ source: 'mobilier', target: 'client' }, { source: 'parcours', target: 'mobilier' }];
    const [mobilier] = seedPositions([sim('mobilier', 900, 900), sim('client', 0, 0), sim('parcours', 0, 0)], previous, edges);
    expect(Math.hypot(mobilier.x - 120, mobilier.y - 100)).toBeLessThanOrEqual(2 * mobilier.r + 20 + 1e-9);
  });

  it('spreads several newcomers round the same neighbour', () => {
    const edges = [{ source: 'réemploi', target: 'client' }, { source: 'mobilier', target: 'client' }];
    const [a, b] = seedPositions([sim('réemploi', 0, 0), sim('mobilier', 0, 0), sim('client', 0, 0)], previous, edges);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
  });

  it('moves a new node with no placed neighbour as the layout and the screen differ on the others', () => {
    // The layout is the screen shifted by (-100, -100) on both nodes both have.
    const nodes = seedPositions([sim('client', 0, 0), sim('parcours', 40, 0), sim('seul', 10, 20)], previous, []);
    expect(at(nodes).seul).toEqual([110, 120]);
  });

  it('keeps the layout positions when nothing was on screen before', () => {
    expect(at(seedPositions([sim('client', 3, 4)], new Map(), []))).toEqual({ client: [3, 4] });
  });
});

describe('unaffectedNodes', () => {
  const edges = [
    { source: 'client', target: 'parcours', weight: 2 },
    { source: 'parcours', target: 'réemploi', weight: 1 },
    { source: 'l’énergie', target: 'réseau', weight: 3 }
  ];
  const ids = new Set(['client', 'parcours', 'réemploi', 'l’énergie', 'réseau']);
  const cases: { name: string; next: typeof edges; nextIds: string[]; expected: string[] }[] = [
    { name: 'a rename touches no link: every node is left alone', next: edges, nextIds: [...ids], expected: [...ids] },
    {
      name: 'a drop touches the dropped node’s neighbours only',
      next: edges.filter((edge) => edge.target !== 'réemploi'),
      nextIds: ['client', 'parcours', 'l’énergie', 'réseau'],
      expected: ['client', 'l’énergie', 'réseau']
    },
    {
      name: 'a merge that strengthens a link touches both its ends',
      next: [{ ...edges[0], weight: 3 }, edges[2]],
      nextIds: ['client', 'parcours', 'l’énergie', 'réseau'],
      expected: ['l’énergie', 'réseau']
    },
    {
      name: 'a term added is new, and so is its neighbour’s neighbourhood',
      next: [...edges, { source: 'mobilier', target: 'réseau', weight: 1 }],
      nextIds: [...ids, 'mobilier'],
      expected: ['client', 'parcours', 'réemploi', 'l’énergie']
    }
  ];
  it.each(cases)('$name', ({ next, nextIds, expected }) => {
    expect([...unaffectedNodes(edges, next, ids, nextIds)].sort()).toEqual([...expected].sort());
  });
});
