/**
 * GEXF 1.3 for Gephi, written by graphology-gexf from a graphology graph.
 *
 * Gephi reads layout and looks from the viz namespace, so positions, cluster colours and a size from PageRank
 * go there; everything a user filters or partitions by (type, cluster, frequency…) goes into typed
 * attributes. Colours are written as r/g/b rather than 1.3's `hex`, which older Gephi releases ignore. Edges
 * carry GEXF's own `kind`, which lets Gephi keep a co-occurrence and a stated relation between the same pair.
 * The graph is undirected throughout (`defaultedgetype="undirected"`, no edge overriding it): networkx refuses
 * a file that mixes the two; a stated relation's direction is the `direction` attribute.
 */
import { write } from 'graphology-gexf';
import type { GraphData } from '../../graph/schema';
import { toGraphology, type EdgeAttributes, type NodeAttributes } from './to-graphology';

/** Node size range in Gephi units: small enough that the most central node does not cover its cluster. */
const MIN_SIZE = 4;
const MAX_SIZE = 20;

export function toGexf(graph: GraphData): string {
  const target = toGraphology(graph);
  // No lastModifiedDate: a date would make two builds of the same corpus differ.
  target.setAttribute('creator', 'concept-graph-explorer');
  target.setAttribute('description', `Concept graph, Louvain modularity ${graph.meta.modularity}; direction="source-to-target" marks stated relations`);
  return write(target, {
    version: '1.3',
    formatNode: (_key: string, node: NodeAttributes) => ({
      label: node.label,
      viz: {
        color: toRgb(node.color),
        size: Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * node.pagerank) * 100) / 100,
        x: node.x,
        y: node.y
      },
      attributes: {
        type: node.type,
        cluster: node.cluster,
        cluster_label: node.clusterLabel,
        frequency: node.frequency,
        degree: node.degree,
        pagerank: node.pagerank,
        aliases: node.aliases
      }
    }),
    formatEdge: (_key: string, edge: EdgeAttributes) => ({
      label: edge.relation ?? edge.kind,
      weight: edge.weight,
      kind: edge.kind,
      attributes: { relation: edge.relation, direction: edge.direction, evidence_count: edge.evidenceCount }
    })
  });
}

function toRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}
