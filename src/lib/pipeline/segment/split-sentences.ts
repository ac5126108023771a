/**
 * Split one paragraph into sentences: candidate boundaries where Unicode's sentence rules (UAX #29) put them,
 * corrected where French typography fools those rules.
 *
 * Candidates: after sentence punctuation (". ! ? …", with closing quotes or brackets and a footnote marker
 * glued to it) followed by whitespace, after a line break, and after a full stop glued to a capitalised word
 * ("économiques.Pour", which UAX #29 misses). Intl.Segmenter('fr') finds the same candidates but costs more
 * than the whole rest of segmentation, slows down sharply on long paragraphs (over a second for 100 KB) and
 * depends on the runtime's ICU version. With the corrections below, the default corpus splits the same either
 * way but for two sentences where ICU is wrong: "faut il y aller… Ensuite est venue…" (ICU does not end a
 * sentence at "…") and "…technologies disruptives. 10 63 des 100 premières…".
 *
 * Corrections, each a candidate that is dropped or moved:
 * - abbreviations: "M. Dupont", "p. 6", "Cf. Le Monde", "art. 3", "c.-à-d." (see `abbreviations.ts`);
 *   "etc." only when a lower-case word follows, since it often ends a sentence;
 * - initials: "J. R. R. Tolkien", "John F. Kennedy" (a capital and a dot after a capitalised word or nothing;
 *   "le plan B. Ensuite" still ends);
 * - a lower-case word or punctuation after ".", "?", "!" or "…" continues the sentence ("« Quoi ? » dit-il",
 *   "Et ensuite… quoi", "téléviseur, … .");
 * - closers after the end belong to the sentence: "« Bonjour. »", "(Ceci est une phrase.)";
 * - footnote markers stay with their sentence: "fracture digitale.[1] Suite"; a marker opening a paragraph
 *   ("[1] Pour parodier…") starts its sentence;
 * - a list number is not a sentence: "1. Reconsidérer les organisations".
 * Line breaks inside a paragraph are hard boundaries (headings, list lines).
 *
 * Sentences longer than MAX_SENTENCE_LENGTH characters (pasted lists without full stops) are cut after ";" or
 * ":" so passages stay readable; without such a mark they are left whole.
 */
import { ABBREVIATIONS, DOTTED_ABBREVIATION, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations';
import { classAt, LETTER, LOWER, SPACE, UPPER, WORD_PART } from './char-class';

export const MAX_SENTENCE_LENGTH = 400;

/** [start, end) offsets into the paragraph, trimmed, in order, never empty. */
export type SentenceRange = [start: number, end: number];

const CANDIDATE = /[.!?…]+[»”’"')\]]*(?:\[\d{1,3}\])?\s+|\n\s*|[.!?](?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/gu;
const LIST_NUMBER = /^\d{1,3}[.)]$/u;
const CLOSERS = new Set([...'»”’)]'].map((char) => char.charCodeAt(0)));
const OPENERS = new Set([...'«“"‘('].map((char) => char.charCodeAt(0)));
/** No sentence starts with these: "téléviseur, … ." and "BlaBla Car,…) ; etc." go on. */
const CONTINUING_PUNCTUATION = new Set([...'.,;:!?…'].map((char) => char.charCodeAt(0)));
const LONGEST_ABBREVIATION = 6;
const LONG_SENTENCE_CUT = /[;:](?=\s)/gu;
const FULL_STOP = 0x2e;

function candidateBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (end > 0 && end < text.length) boundaries.push(end);
  }
  return boundaries;
}

// The helpers below work on offsets, not substrings: they run at every candidate boundary of the corpus.

function trimStart(text: string, start: number, end: number): number {
  while (start < end && classAt(text, start) & SPACE) start += 1;
  return start;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && classAt(text, end - 1) & SPACE) end -= 1;
  return end;
}

/** Moves a boundary past closing quotes and brackets that belong to the sentence before it. */
function shiftBoundary(text: string, boundary: number, nextEnd: number): number {
  while (boundary < nextEnd && CLOSERS.has(text.charCodeAt(boundary))) boundary += 1;
  return boundary;
}

/** Start of the word right before a final ".", or -1 when [start, end) does not end that way. */
function lastWordStart(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== FULL_STOP) return -1;
  let index = end - 1;
  while (index > start && classAt(text, index - 1) & (LETTER | WORD_PART)) index -= 1;
  return index < end - 1 ? index : -1;
}

/** Is the capital at `initial` (followed by ".") the initial of a name: first, or after a capitalised word? */
function isInitialOfName(text: string, start: number, initial: number): boolean {
  if (!(classAt(text, initial) & UPPER)) return false;
  if (initial === start) return true;
  const before = text.charCodeAt(initial - 1);
  if (!(classAt(text, initial - 1) & SPACE) && !OPENERS.has(before)) return false;
  const previousEnd = trimEnd(text, start, initial - 1);
  if (previousEnd === start) return true;
  let previousStart = previousEnd - 1;
  while (previousStart > start && !(classAt(text, previousStart - 1) & SPACE)) previousStart -= 1;
  return (classAt(text, previousStart) & UPPER) !== 0;
}

/** Should the sentence [start, end) (trimmed) go on into the text after `boundary`? */
function continues(text: string, start: number, end: number, boundary: number, nextEnd: number): boolean {
  if (end <= start) return true;
  let firstIndex = boundary;
  while (firstIndex < nextEnd && (classAt(text, firstIndex) & SPACE || OPENERS.has(text.charCodeAt(firstIndex)))) firstIndex += 1;
  const first = classAt(text, firstIndex);
  if (first & LOWER || CONTINUING_PUNCTUATION.has(text.charCodeAt(firstIndex))) return true;
  if (end - start <= 4 && LIST_NUMBER.test(text.slice(start, end))) return true;
  const wordStart = lastWordStart(text, start, end);
  if (wordStart < 0 || end - 1 - wordStart > LONGEST_ABBREVIATION) return false;
  const word = text.slice(wordStart, end - 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) return false;
  if (word.length <= 2 && DOTTED_ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) return true;
  return (first & UPPER) !== 0 && end - 1 - wordStart === 1 && isInitialOfName(text, start, wordStart);
}

function trimRange(text: string, start: number, end: number): SentenceRange {
  const trimmedStart = trimStart(text, start, end);
  return [trimmedStart, trimEnd(text, trimmedStart, end)];
}

function cutLongSentence(text: string, [start, end]: SentenceRange): SentenceRange[] {
  if (end - start <= MAX_SENTENCE_LENGTH) return [[start, end]];
  const candidates = [...text.slice(start, end).matchAll(LONG_SENTENCE_CUT)].map((match) => start + match.index + 1);
  const pieces: SentenceRange[] = [];
  let from = start;
  let next = 0;
  while (end - from > MAX_SENTENCE_LENGTH && next < candidates.length) {
    // The furthest cut that keeps this piece within the limit, else the nearest one past it.
    let cut = candidates[next++];
    while (next < candidates.length && candidates[next] - from <= MAX_SENTENCE_LENGTH) cut = candidates[next++];
    pieces.push(trimRange(text, from, cut));
    from = cut;
  }
  pieces.push(trimRange(text, from, end));
  return pieces.filter(([s, e]) => e > s);
}

export function splitSentences(text: string): SentenceRange[] {
  const boundaries = candidateBoundaries(text);
  const ranges: SentenceRange[] = [];
  let sentenceStart = 0;
  for (let k = 0; k < boundaries.length; k += 1) {
    const candidate = boundaries[k];
    const nextEnd = k + 1 < boundaries.length ? boundaries[k + 1] : text.length;
    if (candidate <= sentenceStart) continue;
    const end = trimEnd(text, sentenceStart, candidate);
    const lineBreak = text.indexOf('\n', end);
    if (lineBreak < 0 || lineBreak >= candidate) {
      const boundary = shiftBoundary(text, candidate, nextEnd);
      if (boundary >= nextEnd || continues(text, sentenceStart, trimEnd(text, sentenceStart, boundary), boundary, nextEnd)) continue;
      ranges.push(trimRange(text, sentenceStart, boundary));
      sentenceStart = boundary;
    } else {
      ranges.push(trimRange(text, sentenceStart, candidate));
      sentenceStart = candidate;
    }
  }
  ranges.push(trimRange(text, sentenceStart, text.length));
  return ranges.filter(([start, end]) => end > start).flatMap((range) => cutLongSentence(text, range));
}
