/**
 * "My graphs": the graphs a user built in this browser, kept in IndexedDB with the texts they came from, so
 * a reload or a later visit reopens them and nothing ever needs sending anywhere. Two object stores: short
 * summaries for the list, and the contents (graph.json's text, the files, the edited titles) read only when
 * a graph is opened. Which graph is open is a localStorage entry, read before the page loads its graph.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorpusMetadata, SourceFile } from '../pipeline/types';
import type { Correction } from './corrections';

export interface GraphSummary {
  id: string;
  name: string;
  /** ISO date and time of the build. */
  created: string;
  documents: number;
  nodes: number;
}

export interface GraphContents {
  id: string;
  /** The graph file's text, as graph.json's writer made it. */
  graphJson: string;
  files: SourceFile[];
  metadata: CorpusMetadata;
  /** The user's corrections, in the order made; absent before any. */
  corrections?: Correction[];
}

interface GraphsDb extends DBSchema {
  summaries: { key: string; value: GraphSummary };
  contents: { key: string; value: GraphContents };
}

const DB_NAME = 'concept-graph-explorer';
const DB_VERSION = 1;
const CURRENT_KEY = 'concept-graph-explorer:current-graph';

let db: Promise<IDBPDatabase<GraphsDb>> | undefined;

function database(): Promise<IDBPDatabase<GraphsDb>> {
  db ??= openDB<GraphsDb>(DB_NAME, DB_VERSION, {
    upgrade(store) {
      store.createObjectStore('summaries', { keyPath: 'id' });
      store.createObjectStore('contents', { keyPath: 'id' });
    }
  });
  return db;
}

/** Oldest first, so the list reads in the order the graphs were made. */
export async function listGraphs(): Promise<GraphSummary[]> {
  const all = await (await database()).getAll('summaries');
  return all.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : 1));
}

export async function saveGraph(summary: GraphSummary, contents: Omit<GraphContents, 'id'>): Promise<void> {
  const tx = (await database()).transaction(['summaries', 'contents'], 'readwrite');
  await Promise.all([tx.objectStore('summaries').put(summary), tx.objectStore('contents').put({ id: summary.id, ...contents }), tx.done]);
}

export async function readGraph(id: string): Promise<{ summary: GraphSummary; contents: GraphContents } | null> {
  const store = await database();
  const [summary, contents] = await Promise.all([store.get('summaries', id), store.get('contents', id)]);
  return summary && contents ? { summary, contents } : null;
}

/** The graph rebuilt with new corrections: its contents and counts replaced, its name and date kept. */
export async function updateGraph(id: string, graphJson: string, corrections: Correction[], counts: Pick<GraphSummary, 'documents' | 'nodes'>): Promise<void> {
  const tx = (await database()).transaction(['summaries', 'contents'], 'readwrite');
  const [summary, contents] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('contents').get(id)]);
  if (!summary || !contents) throw new Error(`my graphs: graph ${id} is no longer stored`);
  await Promise.all([tx.objectStore('summaries').put({ ...summary, ...counts }), tx.objectStore('contents').put({ ...contents, graphJson, corrections }), tx.done]);
}

export async function renameGraph(id: string, name: string): Promise<void> {
  const store = await database();
  const summary = await store.get('summaries', id);
  if (summary) await store.put('summaries', { ...summary, name });
}

export async function deleteGraph(id: string): Promise<void> {
  const tx = (await database()).transaction(['summaries', 'contents'], 'readwrite');
  await Promise.all([tx.objectStore('summaries').delete(id), tx.objectStore('contents').delete(id), tx.done]);
  if (currentGraphId() === id) setCurrentGraph(null);
}

/** The stored graph the explorer shows, or null for the built-in one. */
export function currentGraphId(): string | null {
  try {
    return localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

export function setCurrentGraph(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(CURRENT_KEY);
    else localStorage.setItem(CURRENT_KEY, id);
  } catch {
    // Storage refused (private mode): the graph opens now, and the next visit shows the built-in one.
  }
}
