/**
 * Two of the default articles alone (002 and 003, 14 KB), with no curation: a small corpus still deserves a
 * graph of its ideas, every company it names, and no English word taken for a name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../src/lib/graph/schema';
import { buildFrom, nodeByLabel, readFolder } from '../helpers/corpus';

let graph: GraphData;

beforeAll(async () => {
  const files = readFolder('graph-data/corpus').filter((file) => /^00[23]_/u.test(file.name));
  graph = (await buildFrom(files)).graph;
});

describe('two articles, no curation', () => {
  it('has at least 35 concepts, among them the articles’ key terms', () => {
    expect(graph.nodes.filter((node) => node.type === 'concept').length).toBeGreaterThanOrEqual(35);
    for (const term of ['expérience client', 'réseaux sociaux', 'entreprise apprenante', 'économie d’usage', 'employee centricity', 'customer centricity', 'révolution numérique']) {
      expect(nodeByLabel(graph, term)?.type, term).toBe('concept');
    }
  });

  it('types every company it names as an organisation', () => {
    for (const name of ['Amazon', 'Google', 'Apple', 'Microsoft', 'Uber', 'Autolib', 'Vélib', 'Harris Interactive']) {
      expect(nodeByLabel(graph, name)?.type, name).toBe('organization');
    }
  });

  it('takes no English word for a name', () => {
    const names = graph.nodes.filter((node) => node.type === 'person' || node.type === 'organization').map((node) => node.label);
    for (const word of ['Customer', 'Employee', 'According', 'Each']) expect(names).not.toContain(word);
  });
});
