import { describe, expect, it } from 'vitest';
import { forceCollide, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { flatCollide, flatManyBody } from '../../../src/lib/pipeline/layout-forces';
import { createSeededRandom } from '../../../src/lib/pipeline/seeded-random';

type Node = SimulationNodeDatum & { id: number };

/** Points that exercise the quadtree's corners: clumps, exact duplicates, a shared axis, one far outlier. */
function points(seed: number, count: number): Node[] {
  const random = createSeededRandom(seed);
  const nodes: Node[] = [];
  for (let id = 0; id < count; ++id) {
    const kind = id % 5;
    const x = kind === 0 ? 0 : kind === 1 ? random() * 4 : (random() - 0.5) * 300;
    const y = kind === 2 ? 7 : (random() - 0.5) * 300;
    nodes.push({ id, x, y });
  }
  // Exact duplicates of earlier points, and one far away so the extent doubles many times.
  for (let id = 0; id < count / 10; ++id) nodes.push({ id: count + id, x: nodes[id * 3].x, y: nodes[id * 3].y });
  nodes.push({ id: nodes.length, x: 1e5, y: -3e4 });
  return nodes;
}

function run(nodes: Node[], flat: boolean, ticks: number): number[] {
  const copy = nodes.map((node) => ({ ...node }));
  const simulation = forceSimulation<Node>(copy)
    .randomSource(createSeededRandom(9))
    .force('charge', flat ? flatManyBody<Node>(-60) : forceManyBody<Node>().strength(-60))
    .force('collide', flat ? flatCollide<Node>(8) : forceCollide<Node>(8))
    .stop();
  simulation.tick(ticks);
  return copy.flatMap((node) => [node.x!, node.y!, node.vx!, node.vy!]);
}

describe('flat many-body and collide forces', () => {
  it.each([1, 2, 3])('move every node exactly as d3-force’s own forces do (seed %i)', (seed) => {
    const nodes = points(seed, 400);
    expect(run(nodes, true, 40)).toEqual(run(nodes, false, 40));
  });

  it('handle no node, one node and nodes all on one point as d3 does', () => {
    for (const nodes of [[], [{ id: 0, x: 1, y: 1 }], Array.from({ length: 6 }, (_, id) => ({ id, x: 2, y: 2 }))]) {
      expect(run(nodes, true, 5)).toEqual(run(nodes, false, 5));
    }
  });
});
