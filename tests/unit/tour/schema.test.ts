// The tour file: shape and references are checked, and errors name the step and the offending value.
import { describe, expect, it } from 'vitest';
import { parseTour } from '../../../src/lib/tour/schema';
import { SAMPLE } from '../explorer/fixture';

describe('parseTour', () => {
  it('fills defaults for a minimal step', () => {
    const tour = parseTour({ steps: [{ caption: 'Vue d’ensemble' }] }, SAMPLE);
    expect(tour.steps[0]).toMatchObject({ caption: 'Vue d’ensemble', title: '', node: null, focus: null, hops: 1, hideClusters: [], evidence: [] });
    expect(tour.steps[0].hide).toBeUndefined();
  });

  it('accepts ids the graph knows', () => {
    const tour = parseTour(
      { steps: [{ caption: 'a' }, { caption: '« l’énergie »', cluster: 'c0', focus: 'concept:experience-client', hops: 2, hide: ['document', 'person'] }] },
      SAMPLE
    );
    expect(tour.steps[1].cluster).toBe('c0');
  });

  it.each([
    { input: { steps: [{ caption: 'a' }, { caption: 'b' }, { caption: 'c', focus: 'foo' }] }, expected: 'tour.json: steps[2].focus names unknown node "foo"' },
    { input: { steps: [{ caption: 'a', cluster: 'c9' }] }, expected: 'tour.json: steps[0].cluster names unknown cluster "c9"' },
    { input: { steps: [{ caption: 'a', evidence: ['nope/1'] }] }, expected: 'tour.json: steps[0].evidence[0] names unknown passage "nope/1"' },
    { input: { steps: [{ caption: 'a', evidence: [[SAMPLE.passages[0].id, 'nope/2']] }] }, expected: 'tour.json: steps[0].evidence[0] names unknown passage "nope/2"' },
    { input: { steps: [{ caption: 'a' }, { title: 'b' }] }, expected: /^tour\.json: steps\[1\]\.caption: / },
    { input: { steps: [{ caption: 'a', hide: ['planet'] }] }, expected: /^tour\.json: steps\[0\]\.hide\[0\]: / },
    { input: { steps: [] }, expected: 'tour.json: steps: a tour needs at least one step' },
    { input: [], expected: /^tour\.json: / },
    {
      input: { steps: [{ caption: 'a', evidence: ['001_microsoft/0', '001_microsoft/1', '001_microsoft/0'] }] },
      expected: 'tour.json: steps[0].evidence[2] "001_microsoft/0" is listed twice'
    },
    { input: { steps: [{ caption: 'a', hideClusters: ['c0', 'c0'] }] }, expected: 'tour.json: steps[0].hideClusters[1] "c0" is listed twice' },
    {
      input: { steps: [{ caption: 'a', captoin: 'b' }] },
      expected: 'tour.json: steps[0].captoin: is not a field of a step (title, caption, notes, cluster, node, edge, focus, hops, hide, hideClusters, viewport, evidence)'
    },
    { input: { titel: 'x', steps: [{ caption: 'a' }] }, expected: 'tour.json: titel: is not a field of a tour (version, title, steps)' },
    { input: { steps: [{ caption: 'a', viewport: { x: 0, y: 0, k: 1, zoom: 2 } }] }, expected: 'tour.json: steps[0].viewport.zoom: is not a field of a viewport (x, y, k)' }
  ])('rejects $input with $expected', ({ input, expected }) => {
    expect(() => parseTour(input, SAMPLE)).toThrow(expected);
  });

  it('reports every fault at once, one per line: each unknown key, each unknown id', () => {
    const input = { steps: [{ caption: 'a', nod: 'x', focuss: 'y' }, { caption: 'b', focus: 'foo', cluster: 'c9' }] };
    expect(() => parseTour(input, SAMPLE, 'graph-data/tour.json')).toThrow(
      [
        'graph-data/tour.json: steps[0].nod: is not a field of a step (title, caption, notes, cluster, node, edge, focus, hops, hide, hideClusters, viewport, evidence)',
        'graph-data/tour.json: steps[0].focuss: is not a field of a step (title, caption, notes, cluster, node, edge, focus, hops, hide, hideClusters, viewport, evidence)'
      ].join('\n')
    );
    expect(() => parseTour({ steps: [{ caption: 'b', focus: 'foo', cluster: 'c9' }] }, SAMPLE)).toThrow(
      'tour.json: steps[0].cluster names unknown cluster "c9"\ntour.json: steps[0].focus names unknown node "foo"'
    );
  });
});

describe('speaker notes', () => {
  it('keeps a step’s optional notes, and a step without them has none', () => {
    const tour = parseTour({ steps: [{ caption: 'a', notes: 'Dire bonjour.' }, { caption: 'b' }] }, SAMPLE);
    expect(tour.steps.map((step) => step.notes)).toEqual(['Dire bonjour.', undefined]);
  });
});
