import { describe, expect, it } from 'vitest';
import { followLabels } from '../../../../src/lib/explorer/graph/label-follow';

const label = { id: 'a', text: 'A', x: 115, y: 100, anchor: 'start' as const, box: { x0: 115, y0: 93, x1: 135, y1: 107 } };
const cluster = { id: 'c', text: 'C', color: '#4e79a7', x: 200, y: 50, box: { x0: 180, y0: 40, x1: 220, y1: 60 }, opacity: 1 };

describe('followLabels', () => {
  it('keeps a label beside its node, in pixels, as the camera zooms and the node moves', () => {
    const placed = { labels: [label], clusterLabels: [], anchors: new Map([['a', [100, 100] as const]]) };
    const from = { x: 0, y: 0, k: 1 };
    const to = { x: 10, y: -20, k: 2 };
    const { labels } = followLabels(placed, from, to, new Map([['a', { x: 105, y: 100 }]]));
    // The node is now at (10 + 105 × 2, −20 + 100 × 2) = (220, 180); its label stays 15 px to its right.
    expect(labels[0]).toMatchObject({ x: 235, y: 180, box: { x0: 235, y0: 173, x1: 255, y1: 187 } });
  });

  it('keeps a cluster name over the same point of the graph', () => {
    const { clusterLabels } = followLabels({ labels: [], clusterLabels: [cluster], anchors: new Map() }, { x: 0, y: 0, k: 1 }, { x: 0, y: 0, k: 2 }, new Map());
    expect(clusterLabels[0]).toMatchObject({ x: 400, y: 100, box: { x0: 380, y0: 90, x1: 420, y1: 110 } });
  });

  it('returns labels as placed when nothing moved', () => {
    const placed = { labels: [label], clusterLabels: [cluster], anchors: new Map([['a', [100, 100] as const]]) };
    const same = followLabels(placed, { x: 0, y: 0, k: 1 }, { x: 0, y: 0, k: 1 }, new Map([['a', { x: 100, y: 100 }]]));
    expect(same.labels[0]).toBe(label);
    expect(same.clusterLabels[0]).toBe(cluster);
  });
});
