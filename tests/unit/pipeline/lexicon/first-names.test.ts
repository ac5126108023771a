import { describe, expect, it } from 'vitest';
import { FIRST_NAMES } from '../../../../src/lib/pipeline/lexicon/first-names';

const names = new Set(FIRST_NAMES);

describe('FIRST_NAMES', () => {
  it.each(['Bertrand', 'Nicolas', 'Michel', 'Laurent', 'Annie', 'Fabienne', 'Satya', 'Benoît', 'Jean', 'Claude', 'Mathieu', 'Yann'])('has "%s"', (name) => {
    expect(names.has(name)).toBe(true);
  });

  it.each(['Deja', 'Beau', 'Juste', 'Duperrin', 'Amazon'])('not "%s"', (word) => {
    expect(names.has(word)).toBe(false);
  });

  it('is sorted, without duplicates', () => {
    expect(FIRST_NAMES.length).toBeGreaterThan(3000);
    expect([...FIRST_NAMES]).toEqual([...names].sort());
  });
});
