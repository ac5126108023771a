import { describe, expect, it } from 'vitest';
import { BoxGrid, overlaps } from '../../../../src/lib/explorer/graph/box-grid';
import { mixHex, placeClusterLabels, shortClusterName } from '../../../../src/lib/explorer/graph/cluster-labels';
import type { SimNode } from '../../../../src/lib/explorer/graph/simulation';
import type { Cluster, GraphNode } from '../../../../src/lib/graph/schema';

const identity = { x: 0, y: 0, k: 1 };
const cluster = (id: string, label: string): Cluster => ({ id, label, color: '#4e79a7', nodes: [] });
/** Three members around (x, y), importance `importance` each. */
const members = (clusterId: string, x: number, y: number, importance = 0.5): SimNode[] =>
  [-10, 0, 10].map((dx, i) => ({
    id: `${clusterId}-${i}`,
    x: x + dx,
    y,
    r: 6,
    node: { id: `${clusterId}-${i}`, label: 'n', type: 'concept', cluster: clusterId, importance } as GraphNode
  }));
const overlap = (a: { box: { x0: number; y0: number; x1: number; y1: number } }, b: typeof a) =>
  a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1;

describe('shortClusterName', () => {
  it.each([
    { label: 'savoir', expected: 'savoir' },
    { label: 'client · entreprise · collaborateurs', expected: 'client · entreprise' },
    { label: 'Benoît Meyronin · Académie du Service · Grenoble Ecole de Management', expected: 'Benoît Meyronin' },
    { label: 'expérience client · magasins · expérience employé', expected: 'expérience client · magasins' },
    { label: 'une-expression-bien-trop-longue-pour-une-étiquette', expected: 'une-expression-bien-trop-long…' }
  ])('"$label" → "$expected"', ({ label, expected }) => {
    expect(shortClusterName(label)).toBe(expected);
  });
});

describe('placeClusterLabels', () => {
  it('puts a lone cluster’s name on its centroid', () => {
    const [label] = placeClusterLabels([cluster('c0', 'services · offres')], members('c0', 200, 150), identity, 800, 600);
    expect(label).toMatchObject({ text: 'services · offres', x: 200, y: 150 });
  });

  it('nudges the less important of two colliding names, never overlapping them', () => {
    const clusters = [cluster('c0', 'client · entreprise'), cluster('c1', 'usages · technologies')];
    const nodes = [...members('c0', 300, 200, 0.9), ...members('c1', 310, 204, 0.1)];
    const placed = placeClusterLabels(clusters, nodes, identity, 800, 600);
    expect(placed.map((label) => label.id)).toEqual(['c0', 'c1']);
    expect(placed[0].y).toBe(200);
    expect(overlap(placed[0], placed[1])).toBe(false);
  });

  it('moves off the node symbols at its centroid into free space over the region, faded as asked', () => {
    // A region 200 px wide whose centre is taken by a node symbol.
    const nodes = [...members('c0', 200, 150), ...members('c0', 400, 150)].map((sim, i) => ({ ...sim, id: `m${i}` }));
    const occupied = new BoxGrid();
    const centre = { x0: 290, y0: 145, x1: 310, y1: 155 };
    occupied.add(centre, 'hub');
    const [label] = placeClusterLabels([cluster('c0', 'services · offres')], nodes, identity, 800, 600, { occupied, opacity: 0.5 });
    expect(overlaps(label.box, centre)).toBe(false);
    expect(label.x).toBeGreaterThan(190);
    expect(label.x).toBeLessThan(410);
    expect(label.opacity).toBe(0.5);
    expect(occupied.isFree(label.box)).toBe(false);
  });

  it('names a region after its most characteristic concept even though that concept’s node bears the same label', () => {
    const nodes = members('c0', 200, 150).map((sim, i) => (i === 0 ? { ...sim, node: { ...sim.node, label: 'expérience client' } } : sim));
    expect(placeClusterLabels([cluster('c0', 'expérience client')], nodes, identity, 800, 600).map((label) => label.text)).toEqual(['expérience client']);
  });

  it('drops a name with no free spot, and names of clusters with too few visible members', () => {
    const clusters = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cluster(id, `groupe ${id}`));
    const crowded = clusters.flatMap((c, i) => members(c.id, 300, 200, 1 - i / 10));
    const placed = placeClusterLabels(clusters, crowded, identity, 800, 600);
    expect(placed.length).toBeLessThan(clusters.length);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    expect(placeClusterLabels(clusters, members('a', 300, 200).slice(0, 2), identity, 800, 600)).toEqual([]);
  });
});

describe('mixHex', () => {
  it.each([
    { a: '#ffffff', b: '#000000', share: 0.5, expected: '#808080' },
    { a: '#e15759', b: '#1b1f24', share: 1, expected: '#e15759' },
    { a: 'rebeccapurple', b: '#000000', share: 0.5, expected: 'rebeccapurple' }
  ])('$a with $b at $share', ({ a, b, share, expected }) => {
    expect(mixHex(a, b, share)).toBe(expected);
  });
});
