import { describe, expect, it } from 'vitest';
import { buildSearchEntries, normalizeForSearch, searchNodes } from '../../../../src/lib/explorer/search/search-nodes';
import { SAMPLE } from '../fixture';

describe('normalizeForSearch', () => {
  it.each([
    { input: 'Expérience Client', expected: 'experience client' },
    { input: 'HÉLÈNE  Dubois', expected: 'helene dubois' },
    { input: 'cœur', expected: 'coeur' },
    { input: 'l’énergie', expected: "l'energie" },
    { input: 'co-auteur', expected: 'co auteur' },
    { input: '« Ça »', expected: '« ca »' },
    { input: '  Éluard ', expected: 'eluard' }
  ])('folds "$input" to "$expected"', ({ input, expected }) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });
});

describe('searchNodes', () => {
  const entries = buildSearchEntries(SAMPLE.nodes);
  it.each([
    { query: 'experience', first: 'expérience client', includes: ['expérience employé'] },
    { query: 'nadella', first: 'Satya Nadella', includes: [] },
    { query: 'SATYA', first: 'Satya Nadella', includes: [] },
    { query: 'helene', first: 'Hélène Dubois', includes: [] },
    { query: 'entreprise', first: 'culture d’entreprise', includes: ['réseau social d’entreprise'] },
    { query: "culture d'entreprise", first: 'culture d’entreprise', includes: [] },
    { query: 'digital transformation', first: 'transformation digitale', includes: [] }
  ])('"$query" finds "$first" first', ({ query, first, includes }) => {
    const labels = searchNodes(entries, query).map((hit) => hit.node.label);
    expect(labels[0]).toBe(first);
    for (const label of includes) expect(labels).toContain(label);
  });

  it('says which alias matched when the label did not', () => {
    const [hit] = searchNodes(entries, 'digital transfo');
    expect(hit.node.label).toBe('transformation digitale');
    expect(hit.alias).toBe('Digital Transformation');
  });

  it('ranks label prefixes before words inside a label', () => {
    const labels = searchNodes(entries, 'client').map((hit) => hit.node.label);
    expect(labels.every((label) => label.includes('client'))).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['', '   ', 'zzzz'])('finds nothing for %j', (query) => {
    expect(searchNodes(entries, query)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchNodes(entries, 'e', 3)).toHaveLength(3);
  });
});
