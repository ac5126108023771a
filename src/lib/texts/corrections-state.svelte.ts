/**
 * Corrections of the stored graph on screen: the list kept with the graph, and applying a change to it by
 * rebuilding the graph from its stored texts with the new curation in the worker, storing the result, and
 * opening it again on the node being corrected. Null for the built-in graph, which the CLI corrects.
 */
import { BuildClient } from './build-client';
import { toCuration, type Correction } from './corrections';
import { currentGraphId, readGraph, updateGraph } from './graph-store';
import { lexiconUrl } from './lexicon-url';

export class GraphCorrections {
  list = $state<Correction[]>([]);
  busy = $state(false);
  error = $state<string | null>(null);
  readonly graphId: string;
  #client = new BuildClient(() => undefined);

  constructor(graphId: string) {
    this.graphId = graphId;
    readGraph(graphId).then(
      (stored) => (this.list = stored?.contents.corrections ?? []),
      (error: unknown) => (this.error = (error as Error).message)
    );
  }

  add(correction: Correction, show: string | null): Promise<void> {
    return this.#apply([...this.list, correction], show);
  }

  remove(index: number): Promise<void> {
    return this.#apply(this.list.filter((_, i) => i !== index), null);
  }

  async #apply(next: Correction[], show: string | null): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const stored = await readGraph(this.graphId);
      if (!stored) throw new Error(`my graphs: graph ${this.graphId} is no longer stored`);
      const { files, metadata } = stored.contents;
      const built = await this.#client.build({ files, metadata, curation: toCuration(next) }, lexiconUrl());
      await updateGraph(this.graphId, built.graphJson, $state.snapshot(next) as Correction[], built.counts);
      location.assign(`${location.pathname}${show ? `?node=${encodeURIComponent(show)}` : ''}`);
    } catch (error) {
      this.error = (error as Error).message;
      this.busy = false;
    }
  }
}

let instance: GraphCorrections | null | undefined;

/** One per page, since a page shows one graph. */
export function graphCorrections(): GraphCorrections | null {
  if (instance === undefined) {
    const id = currentGraphId();
    instance = id === null ? null : new GraphCorrections(id);
  }
  return instance;
}
