/**
 * Corrections of the stored graph on screen: the list kept with the graph, and applying a change to it by
 * rebuilding the graph from its stored texts with the new curation in the worker, storing the result, and
 * handing it to the explorer on screen, which swaps it in place on the node being corrected (no page load:
 * the picture stays where it was). Null for the built-in graph, which the CLI corrects.
 */
import { parseGraphData, type GraphData } from '../graph/schema';
import { BuildClient } from './build-client';
import { toCuration, type Correction } from './corrections';
import { currentGraphId, readGraph, updateGraph } from './graph-store';
import { lexiconUrl } from './lexicon-url';

/** What an undo took away and where it was, so redo puts it back in its place. */
interface Undone {
  correction: Correction;
  index: number;
}

/** A rebuilt graph for the screen, with the node to show (the one corrected, or a merge's target). */
export interface Rebuilt {
  graph: GraphData;
  show: string | null;
  /** Members named by a group colour the person chose: their groups keep that colour on screen. */
  colouredMembers: string[];
}

export class GraphCorrections {
  list = $state<Correction[]>([]);
  /** Most recent last; for this visit (a redo is a second thought, not something to keep with the graph). */
  undone = $state<Undone[]>([]);
  busy = $state(false);
  error = $state<string | null>(null);
  readonly graphId: string;
  #client = new BuildClient(() => undefined);
  #listeners = new Set<(rebuilt: Rebuilt) => void>();
  #prepared = false;

  constructor(graphId: string) {
    this.graphId = graphId;
    readGraph(graphId).then(
      (stored) => (this.list = stored?.contents.corrections ?? []),
      (error: unknown) => (this.error = (error as Error).message)
    );
  }

  /** The explorer listens for rebuilt graphs to show; returns what stops listening. */
  onRebuilt(listener: (rebuilt: Rebuilt) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Called as the person starts a correction (the form is focused or pointed at): the page's worker is new
   * after each page load, and loading the lexicon into it is most of a first correction's time.
   */
  prepare(): void {
    if (this.#prepared) return;
    this.#prepared = true;
    this.#client.prepare(lexiconUrl());
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
      const corrections = $state.snapshot(next) as Correction[];
      const built = await this.#client.build({ files, metadata, curation: toCuration(corrections) }, lexiconUrl());
      const graph = parseGraphData(JSON.parse(built.graphJson));
      await updateGraph(this.graphId, built.graphJson, corrections, built.counts);
      this.list = corrections;
      this.undone = undone;
      const colouredMembers = corrections.flatMap((c) => (c.kind === 'cluster' && c.color !== undefined ? [c.member] : []));
      for (const listener of this.#listeners) listener({ graph, show, colouredMembers });
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
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
