/**
 * GraphData as a graphology graph: the form the GEXF writer (and Gephi-minded tools) take. Undirected, as every
 * export is (see `EdgeRow.direction`), and multi, because a pair of nodes can carry both a co-occurrence and a
 * stated relation.
 */
import { MultiUndirectedGraph } from 'graphology';
import type { GraphData } from '../../graph/schema';
import { flattenEdges, flattenNodes, type EdgeRow, type NodeRow } from './flatten';

export type NodeAttributes = Omit<NodeRow, 'id'>;
export type EdgeAttributes = Omit<EdgeRow, 'id' | 'source' | 'target'>;

export function toGraphology(graph: GraphData): MultiUndirectedGraph<NodeAttributes, EdgeAttributes> {
  const result = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const { id, ...attributes } of flattenNodes(graph)) result.addNode(id, attributes);
  for (const { id, source, target, ...attributes } of flattenEdges(graph)) result.addEdgeWithKey(id, source, target, attributes);
  return result;
}
