/**
 * Finds the node a curation entry names, while curation changes the nodes under it.
 *
 * A person names a node by id, label or alias, however they type the accents and apostrophes. Labels win
 * over aliases (a label is the name a person sees); two nodes sharing the winning name are ambiguous and
 * must be named by id rather than guessed.
 */
import { compareIds } from '../compare-ids';
import { normalizeKey } from '../normalize-key';
import type { ExtractedNode } from '../types';

export type Resolution =
  | { kind: 'found'; node: ExtractedNode }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; ids: string[] };

export class NodeIndex {
  // Map keeps insertion order, so replacing a node keeps its place and the output order stays stable.
  readonly #nodes = new Map<string, ExtractedNode>();
  readonly #byLabel = new Map<string, Set<string>>();
  readonly #byAlias = new Map<string, Set<string>>();

  constructor(nodes: readonly ExtractedNode[]) {
    for (const node of nodes) this.set(node);
  }

  get nodes(): ExtractedNode[] {
    return [...this.#nodes.values()];
  }

  resolve(reference: string): Resolution {
    const byId = this.#nodes.get(reference);
    if (byId) return { kind: 'found', node: byId };
    const key = normalizeKey(reference);
    for (const names of [this.#byLabel, this.#byAlias]) {
      const ids = [...(names.get(key) ?? [])];
      if (ids.length === 1) return { kind: 'found', node: this.#nodes.get(ids[0])! };
      if (ids.length > 1) return { kind: 'ambiguous', ids: ids.sort(compareIds) };
    }
    return { kind: 'missing' };
  }

  /** Other nodes whose label has this key: a rename onto them makes both hard to name. */
  labelOwners(label: string, except: string): string[] {
    return [...(this.#byLabel.get(normalizeKey(label)) ?? [])].filter((id) => id !== except).sort(compareIds);
  }

  set(node: ExtractedNode): void {
    if (this.#nodes.has(node.id)) this.#unindex(this.#nodes.get(node.id)!);
    this.#nodes.set(node.id, node);
    addTo(this.#byLabel, normalizeKey(node.label), node.id);
    for (const alias of node.aliases) addTo(this.#byAlias, normalizeKey(alias), node.id);
  }

  delete(id: string): void {
    const node = this.#nodes.get(id);
    if (!node) return;
    this.#unindex(node);
    this.#nodes.delete(id);
  }

  #unindex(node: ExtractedNode): void {
    removeFrom(this.#byLabel, normalizeKey(node.label), node.id);
    for (const alias of node.aliases) removeFrom(this.#byAlias, normalizeKey(alias), node.id);
  }
}

function addTo(names: Map<string, Set<string>>, key: string, id: string): void {
  const ids = names.get(key) ?? new Set<string>();
  ids.add(id);
  names.set(key, ids);
}

function removeFrom(names: Map<string, Set<string>>, key: string, id: string): void {
  const ids = names.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) names.delete(key);
}
