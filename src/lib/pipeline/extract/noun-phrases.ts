/**
 * French noun-phrase chunking over word classes.
 *
 * A term is a noun followed by nouns or adjectives ("expérience client", "réseaux sociaux"), optionally
 * completed by one "de" complement ("économie d’usage", "chaîne de la valeur", "techniques de l’entreprise
 * apprenante", whose inner "entreprise apprenante" is then a candidate term of its own). Preposed adjectives and
 * longer prepositional chains are left out: they rarely name a concept and mostly glue two concepts together.
 */
import type { WordClass } from './word-class';

/** Token indices of one chunk, in order. */
export interface Chunk {
  tokens: number[];
}

const MAX_HEAD_WORDS = 4;
const MAX_COMPLEMENT_WORDS = 3;

function isUsable(classes: readonly WordClass[], claimed: readonly boolean[], i: number): boolean {
  return i < classes.length && !claimed[i] && !classes[i].stop;
}

/** Finds maximal chunks; `claimed` marks tokens already taken by names, which end a chunk. */
export function findChunks(classes: readonly WordClass[], claimed: readonly boolean[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < classes.length) {
    if (!isUsable(classes, claimed, i) || !classes[i].noun) {
      i += 1;
      continue;
    }
    const tokens = [i];
    let j = i + 1;
    while (isUsable(classes, claimed, j) && (classes[j].noun || classes[j].adjective) && tokens.length < MAX_HEAD_WORDS) tokens.push(j++);
    j = readComplement(classes, claimed, j, tokens);
    chunks.push({ tokens });
    i = j;
  }
  return chunks;
}

/** Appends a "de" complement starting at `start` to `tokens`, if there is one; returns where the chunk ends. */
function readComplement(classes: readonly WordClass[], claimed: readonly boolean[], start: number, tokens: number[]): number {
  if (start >= classes.length || claimed[start] || !classes[start].of) return start;
  let k = start + 1;
  if (k < classes.length && !claimed[k] && classes[k].article) k++;
  if (!isUsable(classes, claimed, k) || !classes[k].noun) return start;
  for (let taken = start; taken <= k; taken++) tokens.push(taken);
  let words = 1;
  k += 1;
  while (isUsable(classes, claimed, k) && (classes[k].adjective || classes[k].noun) && words < MAX_COMPLEMENT_WORDS) {
    tokens.push(k++);
    words += 1;
  }
  return k;
}

/** A term starts on a noun (not on "de" or an article). */
export function canStartTerm(wordClass: WordClass): boolean {
  return wordClass.noun && !wordClass.of && !wordClass.article;
}

/** A term ends on a noun or adjective, so it never cuts a "de" complement in half. */
export function canEndTerm(wordClass: WordClass): boolean {
  return !wordClass.of && !wordClass.article && (wordClass.noun || wordClass.adjective);
}
