/**
 * The graph file and its exchange formats, each a pure function of GraphData returning text; the CLI writes
 * them next to each other (graph.json, graph.gexf, graph.graphml, nodes.csv, edges.csv).
 */
export { toJson } from './to-json';
export { toGexf } from './to-gexf';
export { toGraphml } from './to-graphml';
export { toCsv, toNodesCsv, toEdgesCsv, NODE_COLUMNS, EDGE_COLUMNS } from './to-csv';
export { toGraphology } from './to-graphology';
