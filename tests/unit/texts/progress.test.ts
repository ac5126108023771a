import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/lib/pipeline/build-graph';
import { progressOf, type BuildStep } from '../../../src/lib/texts/progress';

describe('progressOf', () => {
  const cases: { step: BuildStep; expected: number }[] = [
    { step: { kind: 'read', file: 'a.pdf', index: 0, count: 4 }, expected: 0 },
    { step: { kind: 'read', file: 'c.pdf', index: 2, count: 4 }, expected: 0.5 },
    { step: { kind: 'lexicon' }, expected: 0 },
    { step: { kind: 'stage', stage: 'ingest' }, expected: 1 / (STAGES.length + 1) },
    { step: { kind: 'stage', stage: 'assemble' }, expected: STAGES.length / (STAGES.length + 1) }
  ];
  it.each(cases)('$step.kind $step.stage $step.index → $expected', ({ step, expected }) => {
    expect(progressOf(step)).toBeCloseTo(expected);
  });

  it('grows with each stage, below 1 until the graph is there', () => {
    const values = STAGES.map((stage) => progressOf({ kind: 'stage', stage }));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
