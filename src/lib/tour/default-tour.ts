/**
 * The tour made from the graph when there is no `tour.json`: an overview, one step per cluster (its key
 * concepts, then the people and organisations in it), then the nodes that bridge clusters, each with the
 * sentences that bridge them. Captions come from the interface strings, so the tour speaks the interface's
 * language.
 */
import { findBridges } from '../graph/bridges';
import { shownClusters } from '../graph/cluster-size';
import { evidencePassages, type GraphData } from '../graph/schema';
import type { Translate } from '../explorer/i18n/messages';
import type { Tour, TourStep } from './schema';

const KEY_CONCEPTS = 5;
const KEY_ACTORS = 6;
const MAX_BRIDGES = 3;
const EVIDENCE_PER_BRIDGE = 2;
/** A caption is read aloud from a projector: past this many groups the rest is summed up as "…". */
const MAX_BRIDGED_NAMES = 4;

/**
 * A caption's sentence ends once: a list cut with "…" or a name ending in "." must not end in "…." or "..".
 * Also drops a space left before a full stop (not before "!" or "?", which French spaces).
 */
export function tidyCaption(text: string): string {
  return text
    .replace(/\s+\./g, '.')
    .replace(/([.…!?])\.+/g, '$1')
    .trim();
}

const step = (fields: Partial<TourStep> & Pick<TourStep, 'title' | 'caption'>): TourStep => ({
  cluster: null,
  node: null,
  edge: null,
  focus: null,
  hops: 1,
  hideClusters: [],
  viewport: null,
  evidence: [],
  ...fields
});

export function buildDefaultTour(graph: GraphData, t: Translate): Tour {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const clusterName = new Map(graph.clusters.map((cluster) => [cluster.id, cluster.label]));
  const list = (labels: string[]) => labels.join(', ');
  const steps: TourStep[] = [
    step({
      title: t('tour.overview.title'),
      caption: tidyCaption(t('tour.overview.caption', {
        nodes: graph.nodes.filter((node) => node.type !== 'document').length,
        clusters: shownClusters(graph.clusters).length,
        documents: graph.documents.length
      }))
    })
  ];
  for (const cluster of shownClusters(graph.clusters)) {
    const members = cluster.nodes.map((id) => nodes.get(id)!).filter(Boolean);
    const concepts = members.filter((node) => node.type === 'concept').slice(0, KEY_CONCEPTS);
    const actors = members.filter((node) => node.type === 'person' || node.type === 'organization').slice(0, KEY_ACTORS);
    // A group of names only says nothing of concepts: no "Key concepts: ." with an empty list.
    const parts: string[] = [];
    if (concepts.length) parts.push(t('tour.cluster.concepts', { list: list(concepts.map((node) => node.label)) }));
    if (actors.length) parts.push(t('tour.cluster.actors', { list: list(actors.map((node) => node.label)) }));
    if (parts.length === 0) parts.push(t('tour.cluster.members', { count: members.length }));
    steps.push(step({ title: cluster.label, caption: tidyCaption(parts.map(tidyCaption).join(' ')), cluster: cluster.id }));
  }
  for (const bridge of findBridges(graph).slice(0, MAX_BRIDGES)) {
    const node = nodes.get(bridge.node)!;
    // Each item whole (a run of sentences stays one quote), the same item once, best links first.
    const seen = new Set<string>();
    const evidence = bridge.links
      .flatMap((edge) => edge.evidence)
      .filter((item) => {
        const key = evidencePassages(item).join('+');
        return !seen.has(key) && !!seen.add(key);
      })
      .slice(0, EVIDENCE_PER_BRIDGE);
    // Pipeline cluster names join three terms with " · "; the first names a group well enough aloud.
    const names = [...bridge.clusters].map((id) => (clusterName.get(id) ?? id).split(' · ')[0]);
    const clusters = names.length > MAX_BRIDGED_NAMES ? [...names.slice(0, MAX_BRIDGED_NAMES), '…'] : names;
    steps.push(
      step({
        title: t('tour.bridge.title', { label: node.label }),
        caption: tidyCaption(t('tour.bridge.caption', { label: node.label, clusters: list(clusters) })),
        node: node.id,
        evidence
      })
    );
  }
  return { version: 1, title: t('tour.default.title'), steps };
}
