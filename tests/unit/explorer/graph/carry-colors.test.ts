import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../../src/lib/graph/schema';
import { carryClusterColors } from '../../../../src/lib/explorer/graph/carry-colors';
import { CLUSTER_PALETTE } from '../../../../src/lib/pipeline/cluster/colors';

const cluster = (id: string, color: string, nodes: string[]): Cluster => ({ id, label: nodes[0], color, nodes });
const [blue, orange, red, teal] = CLUSTER_PALETTE;

describe('carryClusterColors', () => {
  const previous = [
    cluster('c0', blue, ['client', 'expérience client', 'parcours']),
    cluster('c1', orange, ['collaborateurs', 'managers', 'télétravail']),
    cluster('c2', red, ['l’énergie', 'réseau'])
  ];

  const cases: { name: string; next: Cluster[]; chosen?: string[]; expected: Record<string, string>; continues: Record<string, string> }[] = [
    {
      name: 'renumbered groups keep the colour of the group they continue',
      // A drop made « collaborateurs » the biggest group: the pipeline numbered and coloured it first.
      next: [cluster('c0', blue, ['collaborateurs', 'managers']), cluster('c1', orange, ['client', 'expérience client', 'parcours']), cluster('c2', red, ['l’énergie', 'réseau'])],
      expected: { c0: orange, c1: blue, c2: red },
      continues: { c0: 'c1', c1: 'c0', c2: 'c2' }
    },
    {
      name: 'a group the person recoloured keeps their colour',
      next: [cluster('c0', '#123456', ['collaborateurs', 'managers']), cluster('c1', orange, ['client', 'expérience client', 'parcours'])],
      chosen: ['c0'],
      expected: { c0: '#123456', c1: blue },
      continues: { c0: 'c1', c1: 'c0' }
    },
    {
      name: 'of a split group the larger part keeps the colour, the other a colour no group wears',
      next: [
        cluster('c0', blue, ['client', 'expérience client']),
        cluster('c1', orange, ['collaborateurs', 'managers', 'télétravail']),
        cluster('c2', red, ['parcours']),
        cluster('c3', teal, ['l’énergie', 'réseau'])
      ],
      expected: { c0: blue, c1: orange, c2: teal, c3: red },
      continues: { c0: 'c0', c1: 'c1', c3: 'c2' }
    },
    {
      name: 'a group made only of new nodes keeps its own colour when no one wears it',
      next: [cluster('c0', blue, ['client', 'expérience client', 'parcours']), cluster('c1', teal, ['mobilier', 'réemploi'])],
      expected: { c0: blue, c1: teal },
      continues: { c0: 'c0' }
    }
  ];

  it.each(cases)('$name', ({ next, chosen, expected, continues }) => {
    const carried = carryClusterColors(previous, next, new Set(chosen));
    expect(Object.fromEntries(carried.clusters.map((c) => [c.id, c.color]))).toEqual(expected);
    expect(Object.fromEntries(carried.continues)).toEqual(continues);
    // Members, ids and names are the pipeline's own: only the colour is the view's.
    expect(carried.clusters.map(({ id, label, nodes }) => ({ id, label, nodes }))).toEqual(next.map(({ id, label, nodes }) => ({ id, label, nodes })));
  });

  it('does not change the clusters it is given', () => {
    const next = [cluster('c0', orange, ['client', 'expérience client', 'parcours'])];
    carryClusterColors(previous, next);
    expect(next[0].color).toBe(orange);
  });
});
