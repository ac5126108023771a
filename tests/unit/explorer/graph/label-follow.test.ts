import { describe, expect, it } from 'vitest';
import { anchorMapText, type GraphPoint } from '../../../../src/lib/explorer/graph/label-follow';
import type { Transform } from '../../../../src/lib/explorer/graph/geometry';

const label = { id: 'a', text: 'A', x: 115, y: 100, anchor: 'start' as const, box: { x0: 115, y0: 93, x1: 135, y1: 107 } };
const cluster = { id: 'c', text: 'C', color: '#4e79a7', x: 200, y: 50, box: { x0: 180, y0: 40, x1: 220, y1: 60 }, opacity: 1 };

/** Where MapText draws a point `offset` pixels from `at`: the camera's transform, then the offset unscaled. */
const onScreen = (at: GraphPoint, [dx, dy]: [number, number], t: Transform) => [t.x + at[0] * t.k + dx, t.y + at[1] * t.k + dy];

describe('anchorMapText', () => {
  it('keeps a label beside its node, in pixels, as the camera zooms and the node moves', () => {
    const placed = { labels: [label], clusterLabels: [], anchors: new Map([['a', [100, 100] as const]]) };
    const { labels } = anchorMapText(placed, { x: 0, y: 0, k: 1 }, new Map([['a', { x: 105, y: 100 }]]));
    // Under the camera (10, −20, ×2) the node is at (10 + 105 × 2, −20 + 100 × 2) = (220, 180); its label stays 15 px to its right.
    const to = { x: 10, y: -20, k: 2 };
    expect(onScreen(labels[0].at, [labels[0].x, labels[0].y], to)).toEqual([235, 180]);
    expect(labels[0].box).toEqual({ x0: 15, y0: -7, x1: 35, y1: 7 });
  });

  it('moves a leader line with its label', () => {
    const withLeader = { ...label, leader: { x1: 104, y1: 100, x2: 115, y2: 100 } };
    const placed = { labels: [withLeader], clusterLabels: [], anchors: new Map([['a', [50, 50] as const]]) };
    const { labels } = anchorMapText(placed, { x: 0, y: 0, k: 2 }, new Map([['a', { x: 50, y: 50 }]]));
    expect(labels[0].leader).toEqual({ x1: 4, y1: 0, x2: 15, y2: 0 });
    expect(labels[0].at).toEqual([50, 50]);
  });

  it('keeps a cluster name over the same point of the graph', () => {
    const from = { x: 20, y: 10, k: 2 };
    const { clusterLabels } = anchorMapText({ labels: [], clusterLabels: [cluster], anchors: new Map() }, from, new Map());
    expect(clusterLabels[0].at).toEqual([90, 20]);
    expect(onScreen(clusterLabels[0].at, [clusterLabels[0].x, clusterLabels[0].y], from)).toEqual([200, 50]);
    expect(onScreen(clusterLabels[0].at, [0, 0], { x: 0, y: 0, k: 4 })).toEqual([360, 80]);
  });
});
