/**
 * The tour draft kept in localStorage between visits, stored as `{ version, revision, steps }`.
 *
 * Storage is another program's to change: an older explorer wrote a bare array, a person may edit it in the
 * devtools, the graph may have been rebuilt without a node a step names, and another tab of the explorer
 * may save its own draft meanwhile. So loading checks each step against the graph and drops the bad ones with
 * a message (never a blank page), and saving refuses to overwrite a draft another tab saved after this one
 * read it (the revision), handing that draft back instead of losing it. A browser that refuses storage
 * (private mode, quota, sandboxed frame) is reported rather than silently forgetting every step.
 */
import type { GraphData } from '../graph/schema';
import { parseTour, TourError, type Tour, type TourStep } from './schema';

export const DRAFT_KEY = 'explorer.tourDraft';

/**
 * The storage key of a graph's draft: the built-in graph keeps the original key, each graph of "my graphs"
 * its own, so opening one never prunes (and saves over) another's steps.
 */
export function draftKeyFor(storedGraphId: string | null): string {
  return storedGraphId === null ? DRAFT_KEY : `${DRAFT_KEY}:${storedGraphId}`;
}
export const DRAFT_VERSION = 1;

export interface DraftLoad {
  steps: TourStep[];
  /** One line per stored step or record that could not be used, saying why. */
  dropped: string[];
}

/** `conflict`: another tab saved since this one last read; `unavailable`: the browser refused to store it. */
export type SaveResult = 'saved' | 'unchanged' | 'conflict' | 'unavailable';

interface Stored {
  revision: number;
  steps: unknown[];
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Sandboxed frames throw on the mere access.
    return null;
  }
}

/** The stored record, or a reason it cannot be read; a missing draft is an empty one. */
function readStored(storage: Storage | null, key: string): Stored | { error: string } {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    return { revision: 0, steps: [] };
  }
  if (text === null) return { revision: 0, steps: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'the saved draft is not valid JSON' };
  }
  // Drafts from before versioning: the steps alone.
  if (Array.isArray(json)) return { revision: 0, steps: json };
  const record = json as Partial<{ version: unknown; revision: unknown; steps: unknown }> | null;
  if (!record || typeof record !== 'object' || !Array.isArray(record.steps)) return { error: 'the saved draft has no list of steps' };
  if (record.version !== DRAFT_VERSION) return { error: `the saved draft has version ${JSON.stringify(record.version)}, not ${DRAFT_VERSION}` };
  return { revision: typeof record.revision === 'number' ? record.revision : 0, steps: record.steps };
}

/** Each step checked alone, so one bad step costs only itself. */
function checkSteps(steps: readonly unknown[], graph: GraphData): DraftLoad {
  const result: DraftLoad = { steps: [], dropped: [] };
  steps.forEach((step, index) => {
    try {
      result.steps.push(parseTour({ steps: [step] }, graph, 'tour draft').steps[0]);
    } catch (cause) {
      if (!(cause instanceof TourError)) throw cause;
      result.dropped.push(cause.message.split('\n')[0].replace('steps[0]', `step ${index + 1}`));
    }
  });
  return result;
}

export class DraftStore {
  readonly #graph: GraphData;
  readonly #storage: Storage | null;
  #revision = 0;
  /**
   * The steps as last read or written, so saving what was just read is a no-op (no echo between tabs); null
   * after a load that dropped entries, so the next save stores the draft without them.
   */
  #written: string | null = '[]';

  readonly #key: string;

  constructor(graph: GraphData, storage: Storage | null = browserStorage(), key: string = DRAFT_KEY) {
    this.#graph = graph;
    this.#storage = storage;
    this.#key = key;
  }

  load(): DraftLoad {
    const stored = readStored(this.#storage, this.#key);
    if ('error' in stored) {
      this.#revision = 0;
      this.#written = null;
      return { steps: [], dropped: [stored.error] };
    }
    const loaded = checkSteps(stored.steps, this.#graph);
    this.#revision = stored.revision;
    this.#written = loaded.dropped.length > 0 ? null : JSON.stringify(loaded.steps);
    return loaded;
  }

  save(steps: readonly TourStep[]): SaveResult {
    const text = JSON.stringify(steps);
    if (text === this.#written) return 'unchanged';
    if (!this.#storage) return 'unavailable';
    const stored = readStored(this.#storage, this.#key);
    // An unreadable record has no revision to respect: it was reported when loaded and is replaced.
    if (!('error' in stored) && stored.revision > this.#revision) return 'conflict';
    try {
      this.#storage.setItem(this.#key, JSON.stringify({ version: DRAFT_VERSION, revision: this.#revision + 1, steps }));
    } catch {
      return 'unavailable';
    }
    this.#revision += 1;
    this.#written = text;
    return 'saved';
  }

  /** Whether a `storage` event is about the draft (null key: the whole storage was cleared). */
  concerns(event: Pick<StorageEvent, 'key'>): boolean {
    return event.key === this.#key || event.key === null;
  }
}

/** The saved draft as a tour checked against the graph (`/present?draft=1`), or the error naming its step. */
export function loadDraftTour(graph: GraphData, storage: Storage | null = browserStorage(), key: string = DRAFT_KEY): { tour: Tour | null; error: string | null } {
  const stored = readStored(storage, key);
  if ('error' in stored) return { tour: null, error: `tour draft: ${stored.error}` };
  if (stored.steps.length === 0) return { tour: null, error: null };
  try {
    return { tour: parseTour({ steps: stored.steps }, graph, 'tour draft'), error: null };
  } catch (cause) {
    if (cause instanceof TourError) return { tour: null, error: cause.message };
    throw cause;
  }
}
