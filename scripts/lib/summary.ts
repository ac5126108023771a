/** The summary the CLI prints after a build: what was built, how the graph reads, where the time went. */
import { shownClusters } from '../../src/lib/graph/cluster-size';
import { EDGE_KINDS, NODE_TYPES, type GraphData } from '../../src/lib/graph/schema';
import type { Stage } from '../../src/lib/pipeline/build-graph';

function count<T>(items: readonly T[], key: (item: T) => string, keys: readonly string[]): string {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
}

/** Documents per language, most first: a corpus meant to be French shows at a glance what is not. */
function languages(graph: GraphData): string {
  const counts = new Map<string, number>();
  for (const document of graph.documents) counts.set(document.language, (counts.get(document.language) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([language, n]) => `${language} ${n}`)
    .join(', ');
}

/** The groups shown by name, then how many small ones the explorer lists together as "other". */
function clusters(graph: GraphData): string {
  const shown = shownClusters(graph.clusters);
  const small = graph.clusters.length - shown.length;
  return `${shown.length}${small ? ` (and ${small} small, shown as other)` : ''}: ${shown.map((cluster) => cluster.label).join(' | ')}`;
}

export function formatSummary(graph: GraphData, timings: Record<Stage, number>, totalMs: number): string {
  const stages = Object.entries(timings)
    .map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`)
    .join(', ');
  return [
    `documents  ${graph.documents.length}`,
    `languages  ${languages(graph)}`,
    `passages   ${graph.passages.length}`,
    `nodes      ${graph.nodes.length} (${count(graph.nodes, (node) => node.type, NODE_TYPES)})`,
    `edges      ${graph.edges.length} (${count(graph.edges, (edge) => edge.kind, EDGE_KINDS)})`,
    `clusters   ${clusters(graph)}`,
    `modularity ${graph.meta.modularity.toFixed(3)}`,
    `time       ${Math.round(totalMs)} ms (${stages})`
  ].join('\n');
}
