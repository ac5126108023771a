/**
 * Concepts: the corpus's terms, found as French noun phrases, grouped by lemma key, kept by termhood.
 *
 * Three passes. Count every candidate sub-phrase of every chunk (a long term also counts as an occurrence
 * of the terms nested in it). Keep the candidates with enough termhood: C-value (Frantzi & Ananiadou), which
 * discounts a phrase that mostly occurs inside a longer one, so "transformation" inside "transformation
 * digitale" does not swamp the term. Then read each chunk again and cover it with the kept terms that span
 * the most words, so each mention belongs to exactly one concept and the offsets are exact.
 */
import { compareIds } from '../compare-ids';
import type { ExtractedNode, Lexicon, MentionSpan, Sentence } from '../types';
import { candidateSpans, findChunks, type CandidateSpan } from './noun-phrases';
import { slugify, termKey } from './term-key';
import type { WordClass } from './word-class';

export interface ConceptOptions {
  /** Minimum occurrences (nested included) of a multi-word term: once is chance, twice is a pattern. */
  minTermFrequency: number;
  /** Minimum standalone occurrences of a single word: it must recur to be a concept on its own. */
  minWordFrequency: number;
  /** Minimum C-value for a multi-word term. */
  minCValue: number;
}

export const CONCEPT_DEFAULTS: ConceptOptions = { minTermFrequency: 2, minWordFrequency: 3, minCValue: 1 };

/** One sentence prepared by the extractor: word classes and the tokens names have already claimed. */
export interface PreparedSentence {
  sentence: Sentence;
  classes: WordClass[];
  claimed: boolean[];
  /** Chunks forced by title-cased common-word spans ("Design Thinking"), read like any other chunk. */
  extraChunks: number[][];
}

interface Candidate {
  key: string;
  words: number;
  frequency: number;
  /** For a single word the lexicon also reads as a verb, adjective or adverb: occurrences used as a noun. */
  ambiguous: boolean;
  afterDeterminer: number;
  /** Occurrences inside a longer candidate: count and distinct containers, for C-value. */
  nestedFrequency: number;
  containers: Set<string>;
}

interface ChunkReading {
  prepared: PreparedSentence;
  spans: (CandidateSpan & { key: string })[];
}

export function extractConcepts(
  prepared: readonly PreparedSentence[],
  lexicon: Lexicon,
  fillerNouns: ReadonlySet<string>,
  options: ConceptOptions = CONCEPT_DEFAULTS
): ExtractedNode[] {
  const readings: ChunkReading[] = [];
  const candidates = new Map<string, Candidate>();

  for (const item of prepared) {
    const chunks = [...findChunks(item.classes, item.claimed).map((chunk) => chunk.tokens), ...item.extraChunks];
    for (const tokens of chunks) {
      const spans = candidateSpans({ tokens }, item.classes)
        .map((span) => ({ ...span, key: keyOf(item, span, lexicon) }))
        .filter((span) => !isFiller(span.key, fillerNouns));
      readings.push({ prepared: item, spans });
      countCandidates(spans, item, candidates);
    }
  }

  const kept = selectTerms(candidates, options);
  return buildNodes(readings, kept, lexicon);
}

function keyOf(item: PreparedSentence, span: CandidateSpan, lexicon: Lexicon): string {
  const range = indices(span);
  return termKey(
    range.map((i) => item.sentence.tokens[i].text),
    range.map((i) => item.classes[i]),
    lexicon
  );
}

function indices(span: CandidateSpan): number[] {
  return Array.from({ length: span.last - span.first + 1 }, (_, k) => span.first + k);
}

function contentWords(key: string): string[] {
  return key.split(' ').filter((word) => word !== 'de');
}

/** A term made only of filler ("chose", "manière") or headed by one ("fait de …") is never a concept. */
function isFiller(key: string, fillerNouns: ReadonlySet<string>): boolean {
  const words = contentWords(key);
  return words.length === 0 || fillerNouns.has(words[0]) || words.every((word) => fillerNouns.has(word));
}

/** Words that make the next word a noun: "le compte", "des usages", "cette économie". */
const DETERMINERS = new Set(
  ('le la les l’ un une des du de d’ ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ' +
    'ton ta tes au aux chaque quelques plusieurs tout toute tous toutes certains certaines aucun aucune').split(' ')
);

function countCandidates(spans: ChunkReading['spans'], item: PreparedSentence, candidates: Map<string, Candidate>): void {
  for (const span of spans) {
    const candidate = candidates.get(span.key) ?? {
      key: span.key,
      words: contentWords(span.key).length,
      frequency: 0,
      ambiguous: false,
      afterDeterminer: 0,
      nestedFrequency: 0,
      containers: new Set<string>()
    };
    candidate.frequency += 1;
    if (span.first === span.last && item.classes[span.first].ambiguous) candidate.ambiguous = true;
    const previous = item.sentence.tokens[span.first - 1]?.text.toLowerCase();
    if (previous !== undefined && DETERMINERS.has(previous)) candidate.afterDeterminer += 1;
    const container = spans.find(
      (other) => other !== span && other.first <= span.first && other.last >= span.last && other.key !== span.key
    );
    if (container) {
      candidate.nestedFrequency += 1;
      candidate.containers.add(container.key);
    }
    candidates.set(span.key, candidate);
  }
}

function cValue(candidate: Candidate): number {
  const length = Math.log2(candidate.words + 1);
  if (candidate.containers.size === 0) return length * candidate.frequency;
  return length * (candidate.frequency - candidate.nestedFrequency / candidate.containers.size);
}

function selectTerms(candidates: Map<string, Candidate>, options: ConceptOptions): Map<string, number> {
  const kept = new Map<string, number>();
  for (const candidate of candidates.values()) {
    const standalone = candidate.frequency - candidate.nestedFrequency;
    const termhood = cValue(candidate);
    // A single word the lexicon also reads as verb, adjective or adverb ("compte", "important", "face") must be
    // used as a noun, after a determiner, at least half the time: "prendre en compte" is not the concept "compte".
    const keep =
      candidate.words >= 2
        ? candidate.frequency >= options.minTermFrequency && termhood >= options.minCValue
        : standalone >= options.minWordFrequency && (!candidate.ambiguous || candidate.afterDeterminer * 2 >= candidate.frequency);
    if (keep) kept.set(candidate.key, termhood);
  }
  return kept;
}

/** Covers a chunk with kept terms: most words covered first, then the more salient terms. */
function coverChunk(spans: ChunkReading['spans'], kept: Map<string, number>): ChunkReading['spans'] {
  const usable = spans.filter((span) => kept.has(span.key));
  const positions = [...new Set(spans.flatMap((span) => [span.first, span.last + 1]))].sort((a, b) => a - b);
  const best = new Map<number, { score: number; picked: ChunkReading['spans'] }>();
  const end = positions[positions.length - 1] ?? 0;
  best.set(end, { score: 0, picked: [] });
  for (let p = positions.length - 2; p >= 0; p--) {
    const at = positions[p];
    let choice = best.get(positions[p + 1]) ?? { score: 0, picked: [] };
    for (const span of usable.filter((s) => s.first === at)) {
      const rest = best.get(span.last + 1) ?? { score: 0, picked: [] };
      const score = rest.score + (span.last - span.first + 1) * 1000 + (kept.get(span.key) ?? 0);
      if (score > choice.score) choice = { score, picked: [span, ...rest.picked] };
    }
    best.set(at, choice);
  }
  return best.get(positions[0] ?? 0)?.picked ?? [];
}

function buildNodes(readings: ChunkReading[], kept: Map<string, number>, lexicon: Lexicon): ExtractedNode[] {
  const mentionsByKey = new Map<string, MentionSpan[]>();
  for (const { prepared, spans } of readings) {
    const { sentence } = prepared;
    for (const span of coverChunk(spans, kept)) {
      const start = sentence.tokens[span.first].start;
      const end = sentence.tokens[span.last].end;
      const mention = { passage: sentence.id, start, end, surface: sentence.text.slice(start, end) };
      const list = mentionsByKey.get(span.key) ?? [];
      list.push(mention);
      mentionsByKey.set(span.key, list);
    }
  }
  const nodes: ExtractedNode[] = [];
  // Ids drop accents for readable URLs, so "marché" and "marche" would meet: number the later key.
  const usedIds = new Set<string>();
  for (const [key, mentions] of [...mentionsByKey].sort((a, b) => compareIds(a[0], b[0]))) {
    let id = `concept:${slugify(key)}`;
    for (let n = 2; usedIds.has(id); n++) id = `concept:${slugify(key)}-${n}`;
    usedIds.add(id);
    const forms = countForms(mentions, lexicon);
    const [label, ...aliases] = forms;
    const documents = new Set(mentions.map((mention) => mention.passage.split('/')[0])).size;
    nodes.push({
      id,
      label,
      type: 'concept',
      aliases,
      mentions,
      typeConfidence: 1,
      // Termhood weighted by spread: a term used across articles matters more to the corpus than one repeated in one.
      salience: round((kept.get(key) ?? 0) * (1 + Math.log(documents)) + mentions.length)
    });
  }
  return nodes.sort((a, b) => compareIds(a.id, b.id));
}

/** Display forms, most frequent first; a capital that only marks a sentence start is dropped. */
function countForms(mentions: readonly MentionSpan[], lexicon: Lexicon): string[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const first = mention.surface.split(/[\s’'-]/u)[0];
    const rest = mention.surface.slice(first.length);
    const isCommon = lexicon.entries(first.toLowerCase()).some((entry) => entry.pos !== 'properNoun');
    const sentenceCase = isCommon && first !== first.toUpperCase() && rest === rest.toLowerCase();
    const form = sentenceCase ? mention.surface.charAt(0).toLowerCase() + mention.surface.slice(1) : mention.surface;
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([form]) => form);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
