/**
 * Labels carried along with the picture between two placements. Placing labels (collision tests over every
 * candidate spot) costs more than a frame on a large graph, so while the camera or the layout moves they are
 * placed a few times a second, and each frame in between moves every label with its node (and every cluster
 * name with the camera): the names stay on their nodes, and the next placement resolves any new overlap.
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

const shiftBox = (box: Box, dx: number, dy: number): Box => ({ x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy });

/**
 * `placed` as placed under `from`, moved to where its nodes now are (`positions`) under `to`. Label sizes and
 * their offsets from their nodes stay in pixels, as placement set them.
 */
export function followLabels(
  placed: PlacedMapText,
  from: Transform,
  to: Transform,
  positions: ReadonlyMap<string, { x: number; y: number }>
): { labels: PlacedLabel[]; clusterLabels: ClusterLabel[] } {
  const labels = placed.labels.map((label) => {
    const [anchor, now] = [placed.anchors.get(label.id), positions.get(label.id)];
    if (!anchor || !now) return label;
    const dx = to.x + now.x * to.k - (from.x + anchor[0] * from.k);
    const dy = to.y + now.y * to.k - (from.y + anchor[1] * from.k);
    if (dx === 0 && dy === 0) return label;
    const leader = label.leader && { x1: label.leader.x1 + dx, y1: label.leader.y1 + dy, x2: label.leader.x2 + dx, y2: label.leader.y2 + dy };
    return { ...label, x: label.x + dx, y: label.y + dy, box: shiftBox(label.box, dx, dy), ...(leader ? { leader } : {}) };
  });
  const clusterLabels = placed.clusterLabels.map((label) => {
    // The point of the graph under the name's centre stays under it.
    const [gx, gy] = [(label.x - from.x) / from.k, (label.y - from.y) / from.k];
    const [dx, dy] = [to.x + gx * to.k - label.x, to.y + gy * to.k - label.y];
    return dx === 0 && dy === 0 ? label : { ...label, x: label.x + dx, y: label.y + dy, box: shiftBox(label.box, dx, dy) };
  });
  return { labels, clusterLabels };
}
