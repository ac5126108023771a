// The embed's URL parameters and host messages: tolerant decoding, explorer parameters kept.
import { describe, expect, it } from 'vitest';
import { decodeEmbedParams, embedSearch, readEmbedMessage } from '../../../src/lib/embed/embed-params';
import { DEFAULT_URL_VIEW } from '../../../src/lib/explorer/state/url-state';

describe('decodeEmbedParams', () => {
  it.each([
    { input: '', expected: { step: null, theme: null, labels: true, interactive: true, wheelZoom: false } },
    { input: 'step=3&theme=projector&labels=0&interactive=0&zoom=1', expected: { step: 2, theme: 'projector', labels: false, interactive: false, wheelZoom: true } },
    { input: 'step=0&theme=pink', expected: { step: null, theme: null } },
    { input: 'step=deux', expected: { step: null } }
  ])('$input', ({ input, expected }) => {
    expect(decodeEmbedParams(new URLSearchParams(input))).toMatchObject(expected);
  });

  it('keeps the explorer’s own parameters', () => {
    const { view } = decodeEmbedParams(new URLSearchParams('node=person%3Asatya-nadella&hideClusters=c1,c2'));
    expect(view).toMatchObject({ node: 'person:satya-nadella', hiddenClusters: ['c1', 'c2'] });
  });
});

describe('embedSearch', () => {
  it('round-trips a view, leaving out the reading panel', () => {
    const view = { ...DEFAULT_URL_VIEW, node: 'concept:expérience-client', document: 'doc1', hiddenClusters: ['c3'] };
    const decoded = decodeEmbedParams(new URLSearchParams(embedSearch(view, { theme: 'dark' })));
    expect(decoded.view).toMatchObject({ node: 'concept:expérience-client', document: null, hiddenClusters: ['c3'] });
    expect(decoded.theme).toBe('dark');
  });
});

describe('readEmbedMessage', () => {
  it.each([
    { input: { type: 'show-step', step: 2 }, expected: { type: 'show-step', step: 2 } },
    { input: { type: 'show-node', node: 'organization:amazon' }, expected: { type: 'show-node', node: 'organization:amazon' } },
    { input: { type: 'show-step', step: '2' }, expected: null },
    { input: { type: 'show-node', node: '' }, expected: null },
    { input: 'show-step', expected: null },
    { input: null, expected: null }
  ])('$input', ({ input, expected }) => {
    expect(readEmbedMessage(input)).toEqual(expected);
  });
});
