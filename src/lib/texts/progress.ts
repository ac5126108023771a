/**
 * Where a build is, as the progress bar shows it: reading each file, then loading the lexicon, then the
 * pipeline's stages in order. One step of each kind counts the same: stage times vary with the corpus, and
 * a bar that moves at every named step tells more than a guess at durations.
 */
import { STAGES, type Stage } from '../pipeline/stages';

export type BuildStep =
  | { kind: 'read'; file: string; index: number; count: number }
  | { kind: 'lexicon' }
  | { kind: 'stage'; stage: Stage };

/** Steps of the build proper, after reading: the lexicon, then each stage. */
const BUILD_STEPS = 1 + STAGES.length;

/** The share of the current phase done when `step` starts, from 0 to 1. */
export function progressOf(step: BuildStep): number {
  if (step.kind === 'read') return step.count === 0 ? 0 : step.index / step.count;
  if (step.kind === 'lexicon') return 0;
  return (1 + STAGES.indexOf(step.stage)) / BUILD_STEPS;
}
