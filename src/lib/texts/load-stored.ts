/**
 * The page's graph when the user last opened one of their own: read from "my graphs" and checked like
 * the built-in graph file. A graph that is gone or no longer reads sends the explorer back to the
 * built-in graph rather than to an error screen, and forgets the choice.
 */
import { parseGraphData, type GraphData } from '../graph/schema';
import { currentGraphId, readGraph, setCurrentGraph } from './graph-store';

export async function loadStoredGraph(): Promise<{ graph: GraphData; failure: null } | null> {
  const id = currentGraphId();
  if (id === null || typeof indexedDB === 'undefined') return null;
  try {
    const stored = await readGraph(id);
    if (stored) return { graph: parseGraphData(JSON.parse(stored.contents.graphJson)), failure: null };
  } catch (error) {
    console.warn(`my graphs: graph ${id} cannot be opened (${error instanceof Error ? error.message : String(error)}); showing the built-in graph`);
  }
  setCurrentGraph(null);
  return null;
}
