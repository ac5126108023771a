import { describe, expect, it } from 'vitest';
import { evidenceQuotes } from '../../../../src/lib/explorer/graph/evidence-quotes';
import { buildGraphIndex } from '../../../../src/lib/explorer/graph/graph-index';
import type { GraphData } from '../../../../src/lib/graph/schema';

// One paragraph of two sentences: Satya Nadella in the first, Microsoft in the second.
const graph = {
  schemaVersion: 1,
  meta: { modularity: 0 },
  documents: [{ id: 'd', file: 'd.txt', title: 'Article', author: null, url: null, date: null, language: 'fr', passages: ['d/0', 'd/1', 'd/2'] }],
  passages: [
    { id: 'd/0', document: 'd', paragraph: 0, start: 0, text: 'Satya Nadella parle.' },
    { id: 'd/1', document: 'd', paragraph: 0, start: 21, text: 'Chez Microsoft, le cloud d’abord.' },
    { id: 'd/2', document: 'd', paragraph: 1, start: 55, text: 'Microsoft et Satya Nadella.' }
  ],
  nodes: [
    { id: 'p', label: 'Satya Nadella', mentions: [{ passage: 'd/0', start: 0, end: 13 }, { passage: 'd/2', start: 13, end: 26 }] },
    { id: 'o', label: 'Microsoft', mentions: [{ passage: 'd/1', start: 5, end: 14 }, { passage: 'd/2', start: 0, end: 9 }] }
  ],
  edges: [],
  clusters: []
} as unknown as GraphData;

describe('evidenceQuotes', () => {
  const index = buildGraphIndex(graph);

  it('joins a run of sentences into one quote with both ends marked where they are', () => {
    const [quote] = evidenceQuotes(index, [['d/0', 'd/1']], ['p', 'o']);
    expect(quote.text).toBe('Satya Nadella parle. Chez Microsoft, le cloud d’abord.');
    expect(quote.spans.map((span) => quote.text.slice(span.start, span.end))).toEqual(['Satya Nadella', 'Microsoft']);
    expect(quote.document?.title).toBe('Article');
  });

  it('keeps the order given (best first), single sentences and runs alike, skipping unknown passages', () => {
    const quotes = evidenceQuotes(index, ['d/2', ['d/0', 'd/1'], 'nope'], ['p', 'o']);
    expect(quotes.map((quote) => quote.key)).toEqual(['d/2', 'd/0+d/1']);
    expect(quotes[0].spans.map((span) => span.id).sort()).toEqual(['o', 'p']);
  });
});
