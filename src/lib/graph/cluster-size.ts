/**
 * Small groups are a matter of display, not of clustering. Louvain's partition is stored whole, so the stored
 * modularity is the partition's own; but a group of one or two nodes is a region nobody reads, so the explorer
 * lists such groups together as "other", draws them in one neutral colour, and gives them no name on the map,
 * no tour step and no presenter key.
 */
import type { Cluster } from './schema';

/** Groups with fewer members than this are shown together as "other". */
export const MIN_SHOWN_CLUSTER_SIZE = 3;

/** The neutral colour of nodes in a small group and of nodes in none, in the explorer and in the exports. */
export const OTHER_CLUSTER_COLOR = '#8a8f98';

export function isSmallCluster(cluster: Pick<Cluster, 'nodes'>): boolean {
  return cluster.nodes.length < MIN_SHOWN_CLUSTER_SIZE;
}

/** The groups shown by name and colour, in the graph's order (largest first). */
export function shownClusters<T extends Pick<Cluster, 'nodes'>>(clusters: readonly T[]): T[] {
  return clusters.filter((cluster) => !isSmallCluster(cluster));
}
