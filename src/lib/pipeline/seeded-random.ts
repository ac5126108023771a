/**
 * A seeded pseudo-random source shared by the stages that need randomness (Louvain's node order, d3-force's
 * jiggle, layout's starting rotation), so the same corpus gives the same graph file byte for byte.
 */

/**
 * mulberry32: 32 bits of state, good enough statistically for shuffling and jitter, and a few lines, which
 * beats pulling a dependency in for it. Returns a function yielding numbers in [0, 1) like Math.random.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
