/**
 * Labels carried along with the picture between two placements. Placing labels (collision tests over every
 * candidate spot) costs more than a frame, so while the camera or the layout moves they are placed a few times
 * a second. In between, each label is drawn at a point of the graph (its node, or for a cluster name the point
 * under its centre) with its offset from that point kept in pixels: the camera's transform then moves every
 * label at once, with no work per label on a zoom or pan frame, and the next placement resolves any overlap.
 */
import type { Box } from './box-grid';
import type { ClusterLabel } from './cluster-labels';
import type { Transform } from './geometry';
import type { PlacedLabel } from './label-placement';

export interface PlacedMapText {
  labels: PlacedLabel[];
  clusterLabels: ClusterLabel[];
  /** Graph coordinates of each labelled node when its label was placed. */
  anchors: ReadonlyMap<string, readonly [number, number]>;
}

/** A point of the graph a label follows, in graph coordinates. */
export type GraphPoint = readonly [number, number];

/** A node label drawn relative to `at`: `x`, `y`, `box` and `leader` are pixel offsets from where `at` is on screen. */
export interface AnchoredLabel extends PlacedLabel {
  at: GraphPoint;
}

/** A cluster name drawn centred on `at`, where it was placed. */
export interface AnchoredClusterLabel extends ClusterLabel {
  at: GraphPoint;
}

export interface AnchoredMapText {
  labels: AnchoredLabel[];
  clusterLabels: AnchoredClusterLabel[];
}

const shiftBox = (box: Box, dx: number, dy: number): Box => ({ x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy });

/**
 * `placed`, as placed under `from`, tied to the points of the graph it names: each node label to where its node
 * now is (`positions`, which the layout may have moved since), each cluster name to the point under its centre.
 */
export function anchorMapText(placed: PlacedMapText, from: Transform, positions: ReadonlyMap<string, { x: number; y: number }>): AnchoredMapText {
  const labels = placed.labels.map((label): AnchoredLabel => {
    const anchor = placed.anchors.get(label.id);
    const now = positions.get(label.id);
    const at: GraphPoint = now ? [now.x, now.y] : (anchor ?? [(label.x - from.x) / from.k, (label.y - from.y) / from.k]);
    // Where the node was on screen when its label was placed: the offset from it stays in pixels.
    const [ox, oy] = anchor ? [from.x + anchor[0] * from.k, from.y + anchor[1] * from.k] : [label.x, label.y];
    const leader = label.leader && { x1: label.leader.x1 - ox, y1: label.leader.y1 - oy, x2: label.leader.x2 - ox, y2: label.leader.y2 - oy };
    return { ...label, x: label.x - ox, y: label.y - oy, box: shiftBox(label.box, -ox, -oy), ...(leader ? { leader } : {}), at };
  });
  const clusterLabels = placed.clusterLabels.map(
    (label): AnchoredClusterLabel => ({ ...label, x: 0, y: 0, box: shiftBox(label.box, -label.x, -label.y), at: [(label.x - from.x) / from.k, (label.y - from.y) / from.k] })
  );
  return { labels, clusterLabels };
}

