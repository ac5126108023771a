/**
 * French noun-phrase chunking over word classes.
 *
 * A term is a noun followed by nouns or adjectives ("expérience client", "réseaux sociaux"), optionally
 * completed by one "de" complement ("économie d’usage", "chaîne de la valeur"). Preposed adjectives and
 * longer prepositional chains are left out: they rarely name a concept and mostly glue two concepts together.
 */
import type { WordClass } from './word-class';

/** Token indices of one chunk, in order. */
export interface Chunk {
  tokens: number[];
}

/** A candidate term inside a chunk: token indices from `first` to `last`, inclusive. */
export interface CandidateSpan {
  first: number;
  last: number;
}

const MAX_HEAD_WORDS = 4;
const MAX_COMPLEMENT_WORDS = 3;

/** Finds maximal chunks; `claimed` marks tokens already taken by names, which end a chunk. */
export function findChunks(classes: readonly WordClass[], claimed: readonly boolean[]): Chunk[] {
  const chunks: Chunk[] = [];
  const usable = (i: number) => i < classes.length && !claimed[i] && !classes[i].stop;
  let i = 0;
  while (i < classes.length) {
    if (!usable(i) || !classes[i].noun) {
      i += 1;
      continue;
    }
    const tokens = [i];
    let j = i + 1;
    while (usable(j) && (classes[j].noun || classes[j].adjective) && tokens.length < MAX_HEAD_WORDS) tokens.push(j++);
    const complement = readComplement(classes, claimed, j, usable);
    if (complement.length > 0) {
      tokens.push(...complement);
      j = complement[complement.length - 1] + 1;
    }
    chunks.push({ tokens });
    i = j;
  }
  return chunks;
}

function readComplement(
  classes: readonly WordClass[],
  claimed: readonly boolean[],
  start: number,
  usable: (i: number) => boolean
): number[] {
  if (start >= classes.length || claimed[start] || !classes[start].of) return [];
  const taken = [start];
  let k = start + 1;
  if (k < classes.length && !claimed[k] && classes[k].article) taken.push(k++);
  if (!usable(k) || !classes[k].noun) return [];
  const words: number[] = [k++];
  while (usable(k) && classes[k].adjective && words.length < MAX_COMPLEMENT_WORDS) words.push(k++);
  return [...taken, ...words];
}

/**
 * Every sub-span of a chunk that could be a term: it starts on a noun, ends on a noun or adjective, and
 * does not cut a "de" complement in half.
 */
export function candidateSpans(chunk: Chunk, classes: readonly WordClass[]): CandidateSpan[] {
  const { tokens } = chunk;
  const isContent = (i: number) => classes[i].noun || classes[i].adjective;
  const spans: CandidateSpan[] = [];
  for (let s = 0; s < tokens.length; s++) {
    const first = tokens[s];
    if (!classes[first].noun || classes[first].of || classes[first].article) continue;
    for (let e = s; e < tokens.length; e++) {
      const last = tokens[e];
      if (classes[last].of || classes[last].article || !isContent(last)) continue;
      spans.push({ first, last });
    }
  }
  return spans;
}
