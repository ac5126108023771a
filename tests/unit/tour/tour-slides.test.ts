// Slide file names: numbered so they sort in step order, with an ASCII slug of the step's (French) title.
import { describe, expect, it } from 'vitest';
import { slideName, slugifyTitle } from '../../../src/lib/tour/tour-slides';

describe('tour slide names', () => {
  it.each([
    { input: 'L’énergie « verte »', expected: 'l-energie-verte' },
    { input: 'Cœur de métier', expected: 'coeur-de-metier' },
    { input: 'Satya Nadella · Explorateur', expected: 'satya-nadella-explorateur' },
    { input: '  ', expected: 'etape' },
    { input: 'É'.repeat(80), expected: 'e'.repeat(60) }
  ])('$input → $expected', ({ input, expected }) => {
    expect(slugifyTitle(input)).toBe(expected);
  });

  it.each([
    { index: 0, total: 3, expected: '01-vue-d-ensemble.svg' },
    { index: 9, total: 12, expected: '10-vue-d-ensemble.svg' },
    { index: 4, total: 120, expected: '005-vue-d-ensemble.svg' }
  ])('step $index of $total → $expected', ({ index, total, expected }) => {
    expect(slideName(index, total, 'Vue d’ensemble', 'svg')).toBe(expected);
  });
});
