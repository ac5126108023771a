/**
 * Keeps the groups' colours on screen when a correction rebuilds the graph. The pipeline numbers and colours
 * clusters by size, so dropping one node can shift every colour; a person who just learnt "the blue group"
 * should still see it blue. Each new cluster takes the displayed colour of the old cluster it shares most
 * members with (each old colour goes to one new cluster), unless the person chose its colour themselves.
 * This is the explorer's view only: the graph file keeps the pipeline's colours, so the CLI still gives the
 * same bytes.
 */
import type { Cluster } from '../../graph/schema';
import { CLUSTER_PALETTE } from '../../pipeline/cluster/colors';

export interface CarriedClusters {
  /** The new clusters, colours carried over. */
  clusters: Cluster[];
  /** New cluster id → the old cluster it continues, for those that continue one. */
  continues: Map<string, string>;
}

/**
 * `chosen` holds the new clusters whose colour the person set (a curation entry): theirs wins over the old
 * colour. A new cluster that continues none keeps its own colour, or, should that colour now be worn by a
 * continued group, the first palette colour no group wears.
 */
export function carryClusterColors(previous: readonly Cluster[], next: readonly Cluster[], chosen: ReadonlySet<string> = new Set()): CarriedClusters {
  const oldOf = new Map<string, number>();
  previous.forEach((cluster, index) => cluster.nodes.forEach((node) => oldOf.set(node, index)));
  const pairs: { next: number; old: number; shared: number }[] = [];
  next.forEach((cluster, n) => {
    const shared = new Map<number, number>();
    for (const node of cluster.nodes) {
      const old = oldOf.get(node);
      if (old !== undefined) shared.set(old, (shared.get(old) ?? 0) + 1);
    }
    for (const [old, count] of shared) pairs.push({ next: n, old, shared: count });
  });
  // Greedy by overlap, ties by the pipeline's order (bigger groups first): deterministic, and the big
  // continuing groups, the ones people have learnt, are served first.
  pairs.sort((a, b) => b.shared - a.shared || a.next - b.next || a.old - b.old);
  const oldFor = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (oldFor.has(pair.next) || taken.has(pair.old)) continue;
    oldFor.set(pair.next, pair.old);
    taken.add(pair.old);
  }

  const colors = next.map((cluster, n) => {
    const old = oldFor.get(n);
    return chosen.has(cluster.id) || old === undefined ? cluster.color : previous[old].color;
  });
  const worn = new Set(colors.filter((_, n) => oldFor.has(n) || chosen.has(next[n].id)).map((color) => color.toLowerCase()));
  next.forEach((cluster, n) => {
    if (oldFor.has(n) || chosen.has(cluster.id) || !worn.has(colors[n].toLowerCase())) {
      worn.add(colors[n].toLowerCase());
      return;
    }
    // Past the palette's end colours repeat anyway, as they do in the pipeline.
    colors[n] = CLUSTER_PALETTE.find((color) => !worn.has(color)) ?? colors[n];
    worn.add(colors[n].toLowerCase());
  });

  const continues = new Map<string, string>();
  for (const [n, old] of oldFor) continues.set(next[n].id, previous[old].id);
  return {
    clusters: next.map((cluster, n) => (colors[n] === cluster.color ? cluster : { ...cluster, color: colors[n] })),
    continues
  };
}
