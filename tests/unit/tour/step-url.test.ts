// Step addresses: `?step=N` from 1, clamped to the tour; anything else opens the first step.
import { describe, expect, it } from 'vitest';
import { readStep, stepSearch } from '../../../src/lib/tour/step-url';

describe('step URLs', () => {
  it.each([
    { input: 'step=3', expected: 2 },
    { input: 'step=99', expected: 7 },
    { input: 'step=0', expected: 0 },
    { input: 'step=deux', expected: 0 },
    { input: 'step=2.5', expected: 0 },
    { input: '', expected: 0 }
  ])('$input → index $expected', ({ input, expected }) => {
    expect(readStep(new URLSearchParams(input), 8)).toBe(expected);
  });

  it('round-trips and keeps the draft flag', () => {
    expect(readStep(new URLSearchParams(stepSearch(4)), 8)).toBe(4);
    expect(stepSearch(1, true)).toBe('?draft=1&step=2');
  });
});
