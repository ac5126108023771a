/**
 * Group names and colours a person chose (curation `clusters`), applied once the graph is clustered. A group
 * is named by one of its members because group ids follow the clustering, which moves when the texts change.
 */
import type { Cluster } from '../../graph/schema';
import type { ExtractedNode, PipelineWarning } from '../types';
import { NodeIndex } from './node-index';
import { DEFAULT_CURATION_SOURCE } from './parse-curation';
import type { Curation } from './schema';

export function curateClusters(
  clusters: readonly Cluster[],
  assignment: ReadonlyMap<string, string | null>,
  nodes: readonly ExtractedNode[],
  curation: Curation,
  source: string = DEFAULT_CURATION_SOURCE
): { clusters: Cluster[]; warnings: PipelineWarning[] } {
  const warnings: PipelineWarning[] = [];
  const entries = curation.clusters ?? [];
  if (entries.length === 0) return { clusters: [...clusters], warnings };
  const index = new NodeIndex(nodes);
  const curated = new Map(clusters.map((cluster) => [cluster.id, { ...cluster }]));
  const namedBy = new Map<string, number>();
  entries.forEach((entry, i) => {
    const where = `clusters[${i}].member ${JSON.stringify(entry.member)}`;
    if (entry.name === undefined && entry.color === undefined) {
      return warnings.push({ source, message: `clusters[${i}] gives neither a name nor a color; nothing to change` });
    }
    const found = index.resolve(entry.member);
    if (found.kind === 'missing') return warnings.push({ source, message: `${where} names no node; group left as built` });
    if (found.kind === 'ambiguous') {
      return warnings.push({ source, message: `${where} is ambiguous (${found.ids.join(', ')}); name it by id` });
    }
    const clusterId = assignment.get(found.node.id) ?? null;
    const cluster = clusterId === null ? undefined : curated.get(clusterId);
    if (!cluster) return warnings.push({ source, message: `${where} is in no group; nothing to name or colour` });
    // Two entries for one group: the later wins, as a later correction does, and the earlier is reported.
    const earlier = namedBy.get(cluster.id);
    if (earlier !== undefined) {
      warnings.push({ source, message: `${where} is in the same group as clusters[${earlier}].member; the later entry wins` });
    }
    namedBy.set(cluster.id, i);
    if (entry.name !== undefined) cluster.label = entry.name.trim();
    if (entry.color !== undefined) cluster.color = entry.color.toLowerCase();
  });
  return { clusters: clusters.map((cluster) => curated.get(cluster.id)!), warnings };
}
