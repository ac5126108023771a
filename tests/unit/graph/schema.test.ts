/**
 * parseGraphData beyond the shape: every id the explorer keys a list by is unique, every reference resolves,
 * no link joins a node to itself. Each case breaks the tiny fixture in one place and expects the field named.
 */
import { describe, expect, it } from 'vitest';
import { GraphDataError, parseGraphData, type GraphData } from '../../../src/lib/graph/schema';
import tiny from '../../fixtures/tiny-graph.json';

const load = (): GraphData => parseGraphData(structuredClone(tiny));

describe('parseGraphData', () => {
  it('accepts the tiny fixture', () => {
    expect(load().nodes).toHaveLength(12);
  });

  it.each<{ name: string; breakIt: (graph: GraphData) => void; message: string }>([
    { name: 'a document id twice', breakIt: (g) => g.documents.push({ ...g.documents[0], passages: [] }), message: 'documents[2].id "001_energie" is listed twice' },
    { name: 'a passage id twice', breakIt: (g) => g.passages.push({ ...g.passages[0] }), message: 'passages[6].id "001_energie/0" is listed twice' },
    { name: 'a node id twice', breakIt: (g) => g.nodes.push({ ...g.nodes[0] }), message: `nodes[12].id "${tiny.nodes[0].id}" is listed twice` },
    { name: 'an edge id twice', breakIt: (g) => g.edges.push({ ...g.edges[1], id: g.edges[0].id }), message: `edges[26].id "${tiny.edges[0].id}" is listed twice` },
    { name: 'a cluster id twice', breakIt: (g) => g.clusters.push({ ...g.clusters[0], nodes: [] }), message: 'clusters[2].id "c0" is listed twice' },
    { name: 'a passage twice in its document', breakIt: (g) => g.documents[0].passages.push('001_energie/0'), message: 'documents[0].passages[3] "001_energie/0" is listed twice' },
    { name: 'another document’s passage', breakIt: (g) => g.documents[0].passages.push('002_client/0'), message: 'documents[0].passages[3] names passage "002_client/0", which is not one of this document\'s' },
    { name: 'a document twice on a node', breakIt: (g) => g.nodes[0].documents.push(g.nodes[0].documents[0]), message: `nodes[0].documents[${tiny.nodes[0].documents.length}] "${tiny.nodes[0].documents[0]}" is listed twice` },
    { name: 'an unknown document on a node', breakIt: (g) => g.nodes[0].documents.push('999_absent'), message: `nodes[0].documents[${tiny.nodes[0].documents.length}] names unknown document "999_absent"` },
    { name: 'a self-loop', breakIt: (g) => (g.edges[0].target = g.edges[0].source), message: `edges[0] links node "${tiny.edges[0].source}" to itself` },
    { name: 'the same evidence twice', breakIt: (g) => g.edges[0].evidence.push(g.edges[0].evidence[0]), message: `edges[0].evidence[1] "002_client/0" is listed twice` },
    { name: 'a node twice in a cluster', breakIt: (g) => g.clusters[0].nodes.push(g.clusters[0].nodes[0]), message: 'clusters[0].nodes[5] "person:jean-martin" is listed twice' },
    { name: 'an unknown node in a cluster', breakIt: (g) => g.clusters[0].nodes.push('concept:absent'), message: 'clusters[0].nodes[5] names unknown node "concept:absent"' }
  ])('rejects $name, naming the field', ({ breakIt, message }) => {
    const graph = load();
    breakIt(graph);
    expect(() => parseGraphData(graph)).toThrow(GraphDataError);
    expect(() => parseGraphData(graph)).toThrow(`graph: ${message}`);
  });
});
