/**
 * How much heap a graph build gets, from its corpus's size, and whether the machine has it.
 *
 * Left to itself V8 grows its heap far past what the build keeps alive: generated corpora of 16 MB peaked at
 * 1.4 GB and of 64 MB at 3.8 GB, past the 2 GB Node allows by default on a machine of 16 GB or less, so a
 * crash after minutes. Given a limit near what the build needs, it collects instead: 0.8 GB and 2.2 GB at
 * those sizes, the same output. The build keeps about 26 MB of heap alive per MB of text, beyond the
 * lexicon's share (measured with `npm run bench:pipeline` and the CLI under a capped heap).
 */
import { totalmem } from 'node:os';

const MB = 1024 * 1024;
const BASE_HEAP_MB = 384;
const HEAP_MB_PER_CORPUS_MB = 26;
/** Enough for the default corpus, and for compiling the lexicon on a first run. */
const MIN_HEAP_MB = 512;
/** What Node needs beside its JavaScript heap: code, buffers, the process itself. */
export const RUNTIME_OVERHEAD_MB = 256;

export function heapBudgetMb(corpusBytes: number): number {
  return Math.max(MIN_HEAP_MB, Math.ceil(BASE_HEAP_MB + (HEAP_MB_PER_CORPUS_MB * corpusBytes) / MB));
}

/** The machine's memory, or its container's limit where that is lower. */
export function availableMemoryMb(): number {
  const total = totalmem();
  // 0 or an absurdly large value when no limit is set.
  const constrained = process.constrainedMemory?.() ?? 0;
  return Math.floor((constrained > 0 && constrained < total ? constrained : total) / MB);
}
