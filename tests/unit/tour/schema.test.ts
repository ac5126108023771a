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
    { input: [], expected: /^tour\.json: / }
  ])('rejects $input with $expected', ({ input, expected }) => {
    expect(() => parseTour(input, SAMPLE)).toThrow(expected);
  });
});
