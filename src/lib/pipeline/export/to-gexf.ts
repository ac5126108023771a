/**
 * GEXF 1.3 for Gephi, written with xml-writer in the layout graphology-gexf gives (which the tests read it
 * back with), a piece at a time: graphology-gexf builds the whole document as one string, several times the
 * file's size in memory on a large corpus.
 *
 * Gephi reads layout and looks from the viz namespace, so positions, cluster colours and a size from PageRank
 * go there; everything a user filters or partitions by (type, cluster, frequency…) goes into typed
 * attributes. Colours are written as r/g/b rather than 1.3's `hex`, which older Gephi releases ignore. Edges
 * carry GEXF's own `kind`, which lets Gephi keep a co-occurrence and a stated relation between the same pair.
 * The graph is undirected throughout (`defaultedgetype="undirected"`, no edge overriding it): networkx refuses
 * a file that mixes the two; a stated relation's direction is the `direction` attribute. Empty values (no
 * cluster, no aliases, no relation) are left out.
 */
import type XMLWriter from 'xml-writer';
import type { GraphData } from '../../graph/schema';
import { flattenEdges, flattenNodes, type EdgeRow, type NodeRow } from './flatten';
import { joinChunks, XmlChunks } from './xml-chunks';

/** Node size range in Gephi units: small enough that the most central node does not cover its cluster. */
const MIN_SIZE = 4;
const MAX_SIZE = 20;

type GexfType = 'string' | 'integer' | 'double';

interface AttributeSpec<Row> {
  name: string;
  type: GexfType;
  read: (row: Row) => string | number | null;
}

const NODE_ATTRIBUTES: AttributeSpec<NodeRow>[] = [
  { name: 'type', type: 'string', read: (row) => row.type },
  { name: 'cluster', type: 'string', read: (row) => row.cluster },
  { name: 'cluster_label', type: 'string', read: (row) => row.clusterLabel },
  { name: 'frequency', type: 'integer', read: (row) => row.frequency },
  { name: 'degree', type: 'integer', read: (row) => row.degree },
  { name: 'pagerank', type: 'double', read: (row) => row.pagerank },
  { name: 'aliases', type: 'string', read: (row) => row.aliases }
];

const EDGE_ATTRIBUTES: AttributeSpec<EdgeRow>[] = [
  { name: 'relation', type: 'string', read: (row) => row.relation },
  { name: 'direction', type: 'string', read: (row) => row.direction },
  { name: 'evidence_count', type: 'integer', read: (row) => row.evidenceCount }
];

export function* gexfChunks(graph: GraphData): Generator<string> {
  const out = new XmlChunks('  ');
  const writer = out.writer;
  writer.startDocument('1.0', 'UTF-8');
  writer.startElement('gexf');
  writer.writeAttribute('version', '1.3');
  writer.writeAttribute('xmlns', 'http://gexf.net/1.3');
  writer.writeAttribute('xmlns:viz', 'http://gexf.net/1.3/viz');
  writer.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  writer.writeAttribute('xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd');
  // No lastmodifieddate: a date would make two builds of the same corpus differ.
  writer.startElement('meta');
  writer.writeElement('creator', 'concept-graph-explorer');
  writer.writeElement('description', `Concept graph, Louvain modularity ${graph.meta.modularity}; direction="source-to-target" marks stated relations`);
  writer.endElement();

  writer.startElement('graph');
  writer.writeAttribute('defaultedgetype', 'undirected');
  writeModel(writer, 'node', NODE_ATTRIBUTES);
  writeModel(writer, 'edge', EDGE_ATTRIBUTES);

  writer.startElement('nodes');
  for (const row of flattenNodes(graph)) {
    writer.startElement('node');
    writer.writeAttribute('id', row.id);
    if (row.label) writer.writeAttribute('label', row.label);
    writeValues(writer, NODE_ATTRIBUTES, row);
    writeViz(writer, row);
    writer.endElement();
    const piece = out.take();
    if (piece !== null) yield piece;
  }
  writer.endElement();

  writer.startElement('edges');
  for (const row of flattenEdges(graph)) {
    writer.startElement('edge');
    writer.writeAttribute('id', row.id);
    writer.writeAttribute('source', row.source);
    writer.writeAttribute('target', row.target);
    writer.writeAttribute('weight', row.weight);
    writer.writeAttribute('kind', row.kind);
    writer.writeAttribute('label', row.relation ?? row.kind);
    writeValues(writer, EDGE_ATTRIBUTES, row);
    writer.endElement();
    const piece = out.take();
    if (piece !== null) yield piece;
  }
  writer.endElement();
  writer.endElement();
  writer.endElement();
  writer.endDocument();
  yield out.rest();
}

export function toGexf(graph: GraphData): string {
  return joinChunks(gexfChunks(graph));
}

function writeModel<Row>(writer: XMLWriter, domain: 'node' | 'edge', attributes: readonly AttributeSpec<Row>[]): void {
  writer.startElement('attributes');
  writer.writeAttribute('class', domain);
  for (const { name, type } of attributes) {
    writer.startElement('attribute');
    writer.writeAttribute('id', name);
    writer.writeAttribute('title', name);
    writer.writeAttribute('type', type);
    writer.endElement();
  }
  writer.endElement();
}

function writeValues<Row>(writer: XMLWriter, attributes: readonly AttributeSpec<Row>[], row: Row): void {
  writer.startElement('attvalues');
  for (const { name, read } of attributes) {
    const value = read(row);
    if (value === null || value === '') continue;
    writer.startElement('attvalue');
    writer.writeAttribute('for', name);
    writer.writeAttribute('value', String(value));
    writer.endElement();
  }
  writer.endElement();
}

function writeViz(writer: XMLWriter, row: NodeRow): void {
  const rgb = Number.parseInt(row.color.slice(1), 16);
  writer.startElementNS('viz', 'color');
  writer.writeAttribute('r', (rgb >> 16) & 255);
  writer.writeAttribute('g', (rgb >> 8) & 255);
  writer.writeAttribute('b', rgb & 255);
  writer.endElement();
  writer.startElementNS('viz', 'size');
  writer.writeAttribute('value', Math.round((MIN_SIZE + (MAX_SIZE - MIN_SIZE) * row.pagerank) * 100) / 100);
  writer.endElement();
  writer.startElementNS('viz', 'position');
  writer.writeAttribute('x', row.x);
  writer.writeAttribute('y', row.y);
  writer.endElement();
}
