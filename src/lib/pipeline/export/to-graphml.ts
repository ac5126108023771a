/**
 * GraphML for yEd, Cytoscape, NetworkX and Gephi. graphology-graphml only parses, so the document is built
 * with xml-writer (the writer graphology-gexf uses) rather than by concatenating strings: escaping of labels
 * like « R&D » or "<Paris>" is the library's job.
 *
 * Every attribute is a typed `<key>`, so tools read numbers as numbers. The graph is undirected and no edge
 * says otherwise (networkx refuses a `directed="true"` edge under `edgedefault="undirected"`); a stated
 * relation's direction is the `direction` attribute. Empty values (no cluster, no aliases) are left out rather
 * than written as "". Written a piece at a time, like the GEXF (see xml-chunks.ts).
 */
import type XMLWriter from 'xml-writer';
import type { GraphData } from '../../graph/schema';
import { flattenEdges, flattenNodes, type EdgeRow, type NodeRow } from './flatten';
import { joinChunks, XmlChunks } from './xml-chunks';

type GraphmlType = 'string' | 'int' | 'double';

interface KeySpec<Row> {
  name: string;
  type: GraphmlType;
  read: (row: Row) => string | number | null;
}

const NODE_KEYS: KeySpec<NodeRow>[] = [
  { name: 'label', type: 'string', read: (row) => row.label },
  { name: 'type', type: 'string', read: (row) => row.type },
  { name: 'cluster', type: 'string', read: (row) => row.cluster },
  { name: 'cluster_label', type: 'string', read: (row) => row.clusterLabel },
  { name: 'color', type: 'string', read: (row) => row.color },
  { name: 'frequency', type: 'int', read: (row) => row.frequency },
  { name: 'degree', type: 'int', read: (row) => row.degree },
  { name: 'pagerank', type: 'double', read: (row) => row.pagerank },
  { name: 'x', type: 'double', read: (row) => row.x },
  { name: 'y', type: 'double', read: (row) => row.y },
  { name: 'aliases', type: 'string', read: (row) => row.aliases }
];

const EDGE_KEYS: KeySpec<EdgeRow>[] = [
  { name: 'kind', type: 'string', read: (row) => row.kind },
  { name: 'weight', type: 'double', read: (row) => row.weight },
  { name: 'relation', type: 'string', read: (row) => row.relation },
  { name: 'direction', type: 'string', read: (row) => row.direction },
  { name: 'evidence_count', type: 'int', read: (row) => row.evidenceCount }
];

export function* graphmlChunks(graph: GraphData): Generator<string> {
  const out = new XmlChunks('  ');
  const writer = out.writer;
  writer.startDocument('1.0', 'UTF-8');
  writer.startElement('graphml');
  writer.writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns');
  writer.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  writer.writeAttribute(
    'xsi:schemaLocation',
    'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'
  );
  writeKeys(writer, 'node', NODE_KEYS);
  writeKeys(writer, 'edge', EDGE_KEYS);

  writer.startElement('graph');
  writer.writeAttribute('id', 'G');
  writer.writeAttribute('edgedefault', 'undirected');
  for (const row of flattenNodes(graph)) {
    writer.startElement('node');
    writer.writeAttribute('id', row.id);
    writeData(writer, 'node', NODE_KEYS, row);
    writer.endElement();
    const piece = out.take();
    if (piece !== null) yield piece;
  }
  for (const row of flattenEdges(graph)) {
    writer.startElement('edge');
    writer.writeAttribute('id', row.id);
    writer.writeAttribute('source', row.source);
    writer.writeAttribute('target', row.target);
    writeData(writer, 'edge', EDGE_KEYS, row);
    writer.endElement();
    const piece = out.take();
    if (piece !== null) yield piece;
  }
  writer.endElement();
  writer.endElement();
  writer.endDocument();
  yield `${out.rest()}\n`;
}

export function toGraphml(graph: GraphData): string {
  return joinChunks(graphmlChunks(graph));
}

function keyId(domain: 'node' | 'edge', name: string): string {
  return `${domain[0]}_${name}`;
}

function writeKeys<Row>(writer: XMLWriter, domain: 'node' | 'edge', keys: readonly KeySpec<Row>[]): void {
  for (const key of keys) {
    writer.startElement('key');
    writer.writeAttribute('id', keyId(domain, key.name));
    writer.writeAttribute('for', domain);
    writer.writeAttribute('attr.name', key.name);
    writer.writeAttribute('attr.type', key.type);
    writer.endElement();
  }
}

function writeData<Row>(writer: XMLWriter, domain: 'node' | 'edge', keys: readonly KeySpec<Row>[], row: Row): void {
  for (const key of keys) {
    const value = key.read(row);
    if (value === null || value === '') continue;
    writer.startElement('data');
    writer.writeAttribute('key', keyId(domain, key.name));
    writer.text(String(value));
    writer.endElement();
  }
}
