/**
 * Applies a person's corrections to the extracted nodes, in a fixed order:
 * add and exclude (already done by extraction) → merge → rename → setType → drop.
 *
 * Merging first lets later entries name a node by any of its former names; dropping last lets a drop name a
 * node as renamed. Ids never change (the target of a merge keeps its own), so explorer links stay valid.
 * An entry naming no node is a warning, not an error: the corpus changes under a curation file, and one stale
 * entry should not stop the rest from applying.
 */
import { normalizeKey } from '../normalize-key';
import type { ExtractedNode, PipelineWarning } from '../types';
import { NodeIndex } from './node-index';
import { mergeNodes, uniqueNames } from './merge-nodes';
import { DEFAULT_CURATION_SOURCE } from './parse-curation';
import type { Curation } from './schema';

export interface CurationResult {
  nodes: ExtractedNode[];
  warnings: PipelineWarning[];
  /**
   * Each merged-away node id → the id now holding its mentions (chains followed, dropped targets left out), so
   * relations extraction stated between the old ids can follow.
   */
  mergedInto: Record<string, string>;
}

export function applyCuration(
  nodes: readonly ExtractedNode[],
  curation: Curation,
  source: string = DEFAULT_CURATION_SOURCE
): CurationResult {
  const warnings: PipelineWarning[] = [];
  const mergedInto = new Map<string, string>();
  const warn = (message: string) => warnings.push({ source, message });
  // Extraction keeps excluded words out; this catches a node it still made under exactly such a name.
  const excluded = new Set((curation.exclude ?? []).map(normalizeKey));
  const index = new NodeIndex(nodes.filter((node) => node.type === 'document' || !excluded.has(normalizeKey(node.label))));

  /** The node an entry names, or a warning saying why not; documents belong to the corpus, not to curation. */
  const find = (where: string, reference: string, consequence = ''): ExtractedNode | undefined => {
    const found = index.resolve(reference);
    const named = `${where} ${JSON.stringify(reference)}`;
    if (found.kind === 'missing') warn(`${named} names no node${consequence}`);
    else if (found.kind === 'ambiguous') warn(`${named} is ambiguous (${found.ids.join(', ')}); name it by id${consequence}`);
    else if (found.node.type === 'document') warn(`${named} names a document, which curation cannot change${consequence}`);
    else return found.node;
    return undefined;
  };

  (curation.add ?? []).forEach((entry, i) => {
    if (index.resolve(entry.label).kind === 'missing') {
      warn(`add[${i}] ${JSON.stringify(entry.label)} was not found in the text`);
    }
  });

  (curation.merge ?? []).forEach((entry, i) => {
    const target = find(`merge[${i}].into`, entry.into, '; nothing merged');
    if (!target) return;
    const sources = new Map<string, ExtractedNode>();
    entry.from.forEach((reference, j) => {
      const node = find(`merge[${i}].from[${j}]`, reference);
      if (node?.id === target.id) warn(`merge[${i}].from[${j}] ${JSON.stringify(reference)} is the target itself`);
      else if (node) sources.set(node.id, node);
    });
    for (const id of sources.keys()) {
      index.delete(id);
      mergedInto.set(id, target.id);
    }
    for (const [from, into] of mergedInto) if (sources.has(into)) mergedInto.set(from, target.id);
    index.set(mergeNodes(target, [...sources.values()]));
  });

  (curation.rename ?? []).forEach((entry, i) => {
    const node = find(`rename[${i}].node`, entry.node);
    if (!node) return;
    const label = entry.label.trim();
    const owners = index.labelOwners(label, node.id);
    if (owners.length > 0) {
      warn(`rename[${i}].label ${JSON.stringify(label)} is already the label of ${owners.join(', ')}; merge them instead`);
    }
    // The old label stays an alias so entries and searches that use it still find the node.
    index.set({ ...node, label, aliases: uniqueNames(label, [...node.aliases, node.label]) });
  });

  (curation.setType ?? []).forEach((entry, i) => {
    const node = find(`setType[${i}].node`, entry.node);
    if (node) index.set({ ...node, type: entry.type, typeConfidence: 1 });
  });

  (curation.drop ?? []).forEach((reference, i) => {
    const node = find(`drop[${i}]`, reference);
    if (!node) return;
    index.delete(node.id);
    for (const [from, into] of mergedInto) if (into === node.id) mergedInto.delete(from);
  });

  return { nodes: index.nodes, warnings, mergedInto: Object.fromEntries(mergedInto) };
}

