/**
 * Corrections of the stored graph on screen: the list kept with the graph, and applying a change to it by
 * rebuilding the graph from its stored texts with the new curation in the worker, storing the result, and
 * opening it again on the node being corrected. Null for the built-in graph, which the CLI corrects.
 */
import { BuildClient } from './build-client';
import { toCuration, type Correction } from './corrections';
import { currentGraphId, readGraph, updateGraph } from './graph-store';
import { lexiconUrl } from './lexicon-url';

/** What an undo took away and where it was, so redo puts it back in its place. */
interface Undone {
  correction: Correction;
  index: number;
}

export class GraphCorrections {
  list = $state<Correction[]>([]);
  /** Most recent last. Kept in the session because applying a correction reloads the page. */
  undone = $state<Undone[]>([]);
  busy = $state(false);
  error = $state<string | null>(null);
  readonly graphId: string;
  #client = new BuildClient(() => undefined);

  constructor(graphId: string) {
    this.graphId = graphId;
    this.undone = readUndone(graphId);
    readGraph(graphId).then(
      (stored) => (this.list = stored?.contents.corrections ?? []),
      (error: unknown) => (this.error = (error as Error).message)
    );
  }

  /** A new correction makes what was undone no longer redoable, as in any editor. */
  add(correction: Correction, show: string | null): Promise<void> {
    return this.#apply([...this.list, correction], show, []);
  }

  remove(index: number): Promise<void> {
    const correction = this.list[index];
    if (!correction) return Promise.resolve();
    const undone = [...$state.snapshot(this.undone), { correction: $state.snapshot(correction) as Correction, index }];
    return this.#apply(this.list.filter((_, i) => i !== index), null, undone);
  }

  redo(): Promise<void> {
    const last = this.undone.at(-1);
    if (!last) return Promise.resolve();
    const next = [...this.list];
    next.splice(Math.min(last.index, next.length), 0, last.correction);
    return this.#apply(next, null, $state.snapshot(this.undone).slice(0, -1));
  }

  async #apply(next: Correction[], show: string | null, undone: Undone[]): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const stored = await readGraph(this.graphId);
      if (!stored) throw new Error(`my graphs: graph ${this.graphId} is no longer stored`);
      const { files, metadata } = stored.contents;
      const built = await this.#client.build({ files, metadata, curation: toCuration(next) }, lexiconUrl());
      await updateGraph(this.graphId, built.graphJson, $state.snapshot(next) as Correction[], built.counts);
      writeUndone(this.graphId, undone);
      location.assign(`${location.pathname}${show ? `?node=${encodeURIComponent(show)}` : ''}`);
    } catch (error) {
      this.error = (error as Error).message;
      this.busy = false;
    }
  }
}

const undoneKey = (graphId: string) => `corrections-undone:${graphId}`;

function readUndone(graphId: string): Undone[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(undoneKey(graphId)) ?? '[]');
    return Array.isArray(value) ? (value as Undone[]) : [];
  } catch {
    // Storage refused or a hand-edited value: nothing to redo is the safe reading.
    return [];
  }
}

function writeUndone(graphId: string, undone: Undone[]): void {
  try {
    sessionStorage.setItem(undoneKey(graphId), JSON.stringify(undone));
  } catch {
    // Without session storage redo is lost on the reload; the corrections themselves are stored with the graph.
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
