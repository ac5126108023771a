// The tour draft: a view becomes a step the tour parser accepts; steps move and go; the file round-trips.
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_VIEW } from '../../../src/lib/explorer/state/url-state';
import { parseTour } from '../../../src/lib/tour/schema';
import { moveStep, removeStep, serialiseTour, viewToStep } from '../../../src/lib/tour/tour-draft';
import { SAMPLE } from '../explorer/fixture';

const a = viewToStep({ ...DEFAULT_URL_VIEW, node: 'person:satya-nadella', viewport: { x: 1, y: 2, k: 3 } }, 'a');
const b = viewToStep({ ...DEFAULT_URL_VIEW, focus: 'concept:experience-client', hops: 2, hiddenClusters: ['c3'] }, 'b');
const c = viewToStep(DEFAULT_URL_VIEW, 'c');

describe('tour draft', () => {
  it('captures selection, focus and filters but not the camera', () => {
    expect(a).toMatchObject({ node: 'person:satya-nadella', viewport: null, hide: ['document'] });
    expect(b).toMatchObject({ focus: 'concept:experience-client', hops: 2, hideClusters: ['c3'] });
  });

  it.each([
    { index: 2, by: -1, expected: ['a', 'c', 'b'] },
    { index: 0, by: 1, expected: ['b', 'a', 'c'] },
    { index: 0, by: -1, expected: ['a', 'b', 'c'] },
    { index: 2, by: 5, expected: ['a', 'b', 'c'] }
  ])('moves step $index by $by', ({ index, by, expected }) => {
    expect(moveStep([a, b, c], index, by).map((step) => step.caption)).toEqual(expected);
  });

  it('removes a step', () => {
    expect(removeStep([a, b, c], 1).map((step) => step.caption)).toEqual(['a', 'c']);
  });

  it('writes a tour.json that parses back to the same steps', () => {
    const french = { ...a, title: 'L’IA', caption: 'Satya Nadella et « l’énergie »' };
    const tour = parseTour(JSON.parse(serialiseTour([french, b, c], 'Atelier')), SAMPLE);
    expect(tour.title).toBe('Atelier');
    expect(tour.steps).toEqual([french, b, c]);
  });
});
