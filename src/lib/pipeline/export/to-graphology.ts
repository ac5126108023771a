/**
 * GraphData as a graphology graph: the form the GEXF writer (and Gephi-minded tools) take. Mixed and multi,
 * because co-occurrence is undirected while stated relations and mentions are directed, and a pair of nodes
 * can carry both a co-occurrence and a stated relation.
 */
import { MultiGraph } from 'graphology';
import type { GraphData } from '../../graph/schema';
import { flattenEdges, flattenNodes, type EdgeRow, type NodeRow } from './flatten';

export type NodeAttributes = Omit<NodeRow, 'id'>;
export type EdgeAttributes = Omit<EdgeRow, 'id' | 'source' | 'target' | 'directed'>;

export function toGraphology(graph: GraphData): MultiGraph<NodeAttributes, EdgeAttributes> {
  const result = new MultiGraph<NodeAttributes, EdgeAttributes>({ type: 'mixed' });
  for (const { id, ...attributes } of flattenNodes(graph)) result.addNode(id, attributes);
  for (const { id, source, target, directed, ...attributes } of flattenEdges(graph)) {
    if (directed) result.addDirectedEdgeWithKey(id, source, target, attributes);
    else result.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return result;
}
