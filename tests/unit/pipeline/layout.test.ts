import { describe, it, expect } from 'vitest';
import { FULL_LAYOUT_NODES, layout, layoutSchedule, MIN_LAYOUT_ITERATIONS } from '../../../src/lib/pipeline/layout';
import { createSeededRandom } from '../../../src/lib/pipeline/seeded-random';
import type { LinkedEdge } from '../../../src/lib/pipeline/types';
import threeCliques from '../../fixtures/three-cliques.json';

const edges = threeCliques.edges as LinkedEdge[];
const nodeIds = threeCliques.nodes.map((node) => node.id);
const CLIQUES: Record<string, string[]> = {
  c0: ['concept:energie', 'concept:transition-energetique', 'concept:eolien', 'concept:solaire'],
  c1: ['concept:experience-client', 'concept:relation-client', 'concept:fidelite', 'concept:service-client'],
  c2: ['concept:intelligence-artificielle', 'concept:donnees', 'person:yann-lecun', 'organization:meta']
};
const assignment = new Map<string, string | null>([
  ['doc:article-1', null],
  ...Object.entries(CLIQUES).flatMap(([cluster, ids]) => ids.map((id) => [id, cluster] as [string, string]))
]);

type Point = { x: number; y: number };
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const centroid = (points: Point[]) => ({ x: mean(points.map((p) => p.x)), y: mean(points.map((p) => p.y))});

describe('layout', () => {
  const positions = layout(nodeIds, edges, assignment, { seed: 3 });

  it('places every node, documents included, at finite coordinates rounded to two decimals', () => {
    expect([...positions.keys()].sort()).toEqual([...nodeIds].sort());
    for (const { x, y } of positions.values()) {
      for (const value of [x, y]) {
        expect(Number.isFinite(value)).toBe(true);
        expect(Math.round(value * 100) / 100).toBe(value);
      }
    }
  });

  it('puts connected nodes closer than unconnected ones on average', () => {
    const linked = new Set(edges.filter((edge) => edge.kind !== 'mention').map((edge) => `${edge.source} ${edge.target}`));
    const ids = nodeIds.filter((id) => !id.startsWith('doc:'));
    const near: number[] = [];
    const far: number[] = [];
    ids.forEach((a, i) =>
      ids.slice(i + 1).forEach((b) => {
        const d = distance(positions.get(a)!, positions.get(b)!);
        (linked.has(`${a} ${b}`) || linked.has(`${b} ${a}`) ? near : far).push(d);
      })
    );
    expect(mean(near)).toBeLessThan(mean(far) * 0.6);
  });

  it('separates clusters: each node is nearer its own cluster’s centre than any other', () => {
    const centres = Object.fromEntries(
      Object.entries(CLIQUES).map(([cluster, ids]) => [cluster, centroid(ids.map((id) => positions.get(id)!))])
    );
    for (const [cluster, ids] of Object.entries(CLIQUES)) {
      for (const id of ids) {
        const own = distance(positions.get(id)!, centres[cluster]);
        for (const other of Object.keys(CLIQUES).filter((key) => key !== cluster)) {
          expect(own).toBeLessThan(distance(positions.get(id)!, centres[other]));
        }
      }
    }
  });

  it('places a document near the centroid of what it mentions', () => {
    const mentioned = edges.filter((edge) => edge.kind === 'mention').map((edge) => positions.get(edge.target)!);
    const spread = Math.max(...mentioned.map((point) => distance(point, centroid(mentioned))));
    expect(distance(positions.get('doc:article-1')!, centroid(mentioned))).toBeLessThan(spread / 2);
  });

  it('gives identical positions on every run and for any input order, and others for another seed', () => {
    const again = layout([...nodeIds].reverse(), [...edges].reverse(), assignment, { seed: 3 });
    expect([...again].sort()).toEqual([...positions].sort());
    const reseeded = layout(nodeIds, edges, assignment, { seed: 4 });
    expect([...reseeded].sort()).not.toEqual([...positions].sort());
  });

  it.each([
    { name: 'no edges', ids: ['concept:seul', 'concept:autre'], edges: [] as LinkedEdge[] },
    { name: 'a single node', ids: ['concept:seul'], edges: [] as LinkedEdge[] },
    { name: 'nothing', ids: [], edges: [] as LinkedEdge[] }
  ])('copes with $name', ({ ids, edges: none }) => {
    const result = layout(ids, none, new Map(), { seed: 1, iterations: 50 });
    expect(result.size).toBe(ids.length);
    for (const { x, y } of result.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('rejects a bad iteration count, naming it', () => {
    expect(() => layout(nodeIds, edges, assignment, { iterations: -1 })).toThrow('layout: option iterations must be a non-negative integer, got -1');
  });

  it('runs d3’s 300 ticks up to FULL_LAYOUT_NODES, then fewer as the graph grows, never below the minimum', () => {
    expect(layoutSchedule(170)).toEqual({ iterations: 300, theta: 0.9 });
    expect(layoutSchedule(FULL_LAYOUT_NODES)).toEqual({ iterations: 300, theta: 0.9 });
    const sizes = [1500, 3000, 5000, 20000];
    const ticks = sizes.map((size) => layoutSchedule(size).iterations);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
    expect(ticks[0]).toBeLessThan(300);
    expect(ticks.at(-1)).toBe(MIN_LAYOUT_ITERATIONS);
    for (const size of sizes) expect(layoutSchedule(size).theta).toBeGreaterThan(0.9);
  });

  describe('past FULL_LAYOUT_NODES', () => {
    // Ten clusters of 150 nodes, each a ring with chords, and a few links across.
    const random = createSeededRandom(5);
    const big: string[] = [];
    const bigEdges: LinkedEdge[] = [];
    const bigAssignment = new Map<string, string | null>();
    for (let c = 0; c < 10; ++c) {
      for (let i = 0; i < 150; ++i) {
        const id = `concept:c${c}-n${i}`;
        big.push(id);
        bigAssignment.set(id, `c${c}`);
        const link = (other: number, weight: number) =>
          bigEdges.push({ source: id, target: `concept:c${c}-n${other % 150}`, kind: 'cooccurrence', weight } as LinkedEdge);
        link(i + 1, 1);
        link(i + 1 + Math.floor(random() * 40), 0.5);
      }
      bigEdges.push({ source: `concept:c${c}-n0`, target: `concept:c${(c + 1) % 10}-n0`, kind: 'cooccurrence', weight: 0.2 } as LinkedEdge);
    }
    const laidOut = layout(big, bigEdges, bigAssignment, { seed: 7 });

    it('still gives the same positions on every run', () => {
      expect([...layout(big, bigEdges, bigAssignment, { seed: 7 })]).toEqual([...laidOut]);
    });

    it('still keeps most nodes nearer their own cluster’s centre than any other', () => {
      const centres = new Map<string, Point>();
      for (let c = 0; c < 10; ++c) centres.set(`c${c}`, centroid(big.filter((id) => bigAssignment.get(id) === `c${c}`).map((id) => laidOut.get(id)!)));
      const nearest = big.filter((id) => {
        const own = distance(laidOut.get(id)!, centres.get(bigAssignment.get(id)!)!);
        return [...centres.values()].every((centre) => own <= distance(laidOut.get(id)!, centre));
      });
      expect(nearest.length / big.length).toBeGreaterThan(0.9);
    });
  });
});
