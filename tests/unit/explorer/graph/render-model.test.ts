import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../../src/lib/explorer/graph/box-grid';
import { fitTransform, glyphExtent } from '../../../../src/lib/explorer/graph/geometry';
import { buildMapText } from '../../../../src/lib/explorer/graph/render-model';
import { createSimNodes } from '../../../../src/lib/explorer/graph/simulation';
import { SAMPLE } from '../fixture';

const nodes = createSimNodes(SAMPLE.nodes.filter((node) => node.type !== 'document'));
const [width, height] = [800, 500];
const transform = fitTransform(nodes, width, height, 40);
const symbolBox = (id: string) => {
  const sim = nodes.find((n) => n.id === id)!;
  const [x, y, e] = [transform.x + sim.x * transform.k, transform.y + sim.y * transform.k, glyphExtent(sim.node.type, sim.r) * transform.k];
  return { x0: x - e, y0: y - e, x1: x + e, y1: y + e };
};
const base = { transform, width, height, forced: new Set<string>(), highlighted: null, clusters: SAMPLE.clusters };

describe('buildMapText', () => {
  it('puts no label or cluster name over a node symbol, nor over one another', () => {
    const { labels, clusterLabels } = buildMapText(nodes, nodes, base);
    expect(labels.length).toBeGreaterThan(10);
    const boxes = [...labels.map((label) => ({ text: label.text, box: label.box })), ...clusterLabels.map((label) => ({ text: label.text, box: label.box }))];
    for (const [i, a] of boxes.entries()) {
      for (const sim of nodes) expect(overlaps(a.box, symbolBox(sim.id)), `"${a.text}" over ${sim.id}`).toBe(false);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `"${a.text}" over "${b.text}"`).toBe(false);
    }
  });

  it('labels the most important nodes first and keeps out of reserved boxes', () => {
    const reserved = { x0: 0, y0: height - 60, x1: 400, y1: height };
    const { labels } = buildMapText(nodes, nodes, { ...base, reserved: [reserved], density: 'low' });
    const byImportance = [...nodes].sort((a, b) => b.node.importance - a.node.importance).map((sim) => sim.id);
    expect(labels.map((label) => label.id)).toContain(byImportance[0]);
    for (const label of labels) expect(overlaps(label.box, reserved), label.text).toBe(false);
  });

  it('always names forced nodes, and only dims what is not highlighted', () => {
    const least = [...nodes].sort((a, b) => a.node.importance - b.node.importance)[0];
    const { labels } = buildMapText(nodes, nodes, { ...base, forced: new Set([least.id]), highlighted: new Set([least.id]), density: 'low' });
    expect(labels[0]).toMatchObject({ id: least.id, dim: false });
    expect(labels.slice(1).every((label) => label.dim)).toBe(true);
  });

  it('draws no node label when labels are off, and no cluster name when none is asked for', () => {
    const { labels, clusterLabels } = buildMapText(nodes, nodes, { ...base, showLabels: false });
    expect(labels).toEqual([]);
    expect(clusterLabels.length).toBeGreaterThan(0);
    expect(buildMapText(nodes, nodes, { ...base, clusters: [] }).clusterLabels).toEqual([]);
  });
});
