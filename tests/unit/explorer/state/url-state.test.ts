import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_VIEW, decodeUrlView, differsInSelection, encodeUrlView, type UrlView } from '../../../../src/lib/explorer/state/url-state';

describe('URL view encoding', () => {
  const cases: { name: string; view: UrlView }[] = [
    { name: 'default view', view: DEFAULT_URL_VIEW },
    { name: 'selected person', view: { ...DEFAULT_URL_VIEW, node: 'person:helene-dubois' } },
    { name: 'link and reading', view: { ...DEFAULT_URL_VIEW, edge: 'cooccurrence:a--b', document: '000_x', passage: '000_x/3' } },
    {
      name: 'filters, focus and viewport',
      view: {
        ...DEFAULT_URL_VIEW,
        focus: 'concept:experience-client',
        hops: 2,
        hiddenTypes: ['organization', 'person'],
        hiddenClusters: ['c1', 'c3'],
        minImportance: 0.25,
        minWeight: 1.5,
        viewport: { x: 12.5, y: -40, k: 1.25 }
      }
    }
  ];

  it.each(cases)('round-trips the $name', ({ view }) => {
    expect(decodeUrlView(new URLSearchParams(encodeUrlView(view)))).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(encodeUrlView(DEFAULT_URL_VIEW)).toBe('');
  });

  it.each([
    { name: 'documents hidden by default', hiddenTypes: ['document' as const], query: '' },
    { name: 'every type shown', hiddenTypes: [], query: 'hide=' },
    { name: 'people hidden too', hiddenTypes: ['person' as const, 'document' as const], query: 'hide=document%2Cperson' }
  ])('writes `hide` only when it differs from the default: $name', ({ hiddenTypes, query }) => {
    expect(encodeUrlView({ ...DEFAULT_URL_VIEW, hiddenTypes })).toBe(query);
    expect(decodeUrlView(new URLSearchParams(query)).hiddenTypes.sort()).toEqual([...hiddenTypes].sort());
  });

  it('escapes ids with accents and separators', () => {
    const encoded = encodeUrlView({ ...DEFAULT_URL_VIEW, node: 'concept:réseau social d’entreprise & co' });
    expect(decodeUrlView(new URLSearchParams(encoded)).node).toBe('concept:réseau social d’entreprise & co');
  });

  it.each([
    { query: 'hide=person,unicorn', expected: { hiddenTypes: ['person'] } },
    { query: 'minImportance=abc&minWeight=-3', expected: { minImportance: 0, minWeight: 0 } },
    { query: 'minImportance=7', expected: { minImportance: 1 } },
    { query: 'view=1,2', expected: { viewport: null } },
    { query: 'view=1,2,0', expected: { viewport: null } },
    { query: 'hops=3&focus=x', expected: { hops: 1, focus: 'x' } }
  ])('decodes malformed "$query" to safe defaults', ({ query, expected }) => {
    expect(decodeUrlView(new URLSearchParams(query))).toMatchObject(expected);
  });

  it('rounds the viewport so panning does not write long numbers', () => {
    expect(encodeUrlView({ ...DEFAULT_URL_VIEW, viewport: { x: 1.23456, y: 2, k: 0.123456 } })).toBe('view=1.2%2C2%2C0.123');
  });

  it.each([
    { a: {}, b: { node: 'x' }, expected: true },
    { a: { node: 'x' }, b: { node: 'x', minWeight: 2 }, expected: false },
    { a: { node: 'x' }, b: { node: 'x', viewport: { x: 0, y: 0, k: 2 } }, expected: false },
    { a: {}, b: { document: 'd' }, expected: true },
    { a: { focus: 'x' }, b: { focus: 'x', hops: 2 as const }, expected: true }
  ])('differsInSelection %#', ({ a, b, expected }) => {
    expect(differsInSelection({ ...DEFAULT_URL_VIEW, ...a }, { ...DEFAULT_URL_VIEW, ...b })).toBe(expected);
  });
});
