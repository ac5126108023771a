// How groups join, on the explorer's sample graph: the links between two groups, strongest first, the groups
// linked to one, and the two most strongly joined.
import { describe, expect, it } from 'vitest';
import { busiestPair, linksBetween, neighbourGroups } from '../../../src/lib/graph/bridges';
import { SAMPLE } from '../explorer/fixture';

const groupOf = new Map(SAMPLE.nodes.map((node) => [node.id, node.cluster]));
const pairs = new Map<string, number>();
for (const edge of SAMPLE.edges) {
  const [a, b] = [groupOf.get(edge.source), groupOf.get(edge.target)];
  if (edge.kind === 'mention' || !a || !b || a === b) continue;
  const key = [a, b].sort().join('|');
  pairs.set(key, (pairs.get(key) ?? 0) + edge.weight);
}

describe('linksBetween', () => {
  it('lists every link with one end in each group, strongest first, and no mention link', () => {
    const [a, b] = busiestPair(SAMPLE)!;
    const links = linksBetween(SAMPLE, a, b);
    expect(links.length).toBeGreaterThan(0);
    for (const edge of links) {
      expect(edge.kind).not.toBe('mention');
      expect([groupOf.get(edge.source), groupOf.get(edge.target)].sort()).toEqual([a, b].sort());
    }
    const weights = links.map((edge) => edge.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    expect(linksBetween(SAMPLE, b, a)).toEqual(links);
  });

  it('finds nothing between a group and itself', () => {
    expect(linksBetween(SAMPLE, SAMPLE.clusters[0].id, SAMPLE.clusters[0].id)).toEqual([]);
  });
});

describe('busiestPair and neighbourGroups', () => {
  it('picks the two groups joined by the most link weight', () => {
    const heaviest = [...pairs].sort((x, y) => y[1] - x[1])[0][0];
    expect(busiestPair(SAMPLE)!.sort().join('|')).toBe(heaviest);
  });

  it('lists a group’s linked groups, most strongly linked first, never itself', () => {
    const group = SAMPLE.clusters[0].id;
    const neighbours = neighbourGroups(SAMPLE, group);
    expect(neighbours).not.toContain(group);
    const weight = (other: string) => pairs.get([group, other].sort().join('|')) ?? 0;
    expect(neighbours.map(weight)).toEqual(neighbours.map(weight).sort((x, y) => y - x));
    expect(neighbours.every((other) => weight(other) > 0)).toBe(true);
  });
});
