/**
 * Concepts: the corpus's terms, found as French noun phrases, grouped by lemma key, kept by termhood.
 *
 * Three passes. Count every candidate sub-phrase of every chunk (a long term also counts as an occurrence
 * of the terms nested in it). Keep the candidates with enough termhood: C-value (Frantzi & Ananiadou), which
 * discounts a phrase that mostly occurs inside a longer one, so "transformation" inside "transformation
 * digitale" does not swamp the term. Then read each chunk again and cover it with the kept terms that span
 * the most words, so each mention belongs to exactly one concept and the offsets are exact.
 *
 * Corpora run to millions of candidate spans, so keys are interned to numbers and spans kept in flat arrays.
 */
import { compareIds } from '../compare-ids';
import type { ExtractedNode, Lexicon, MentionSpan, Sentence } from '../types';
import { canEndTerm, canStartTerm, findChunks } from './noun-phrases';
import { createTermParts, slugify } from './term-key';
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
}

/** Words that make the next word a noun: "le compte", "des usages", "cette économie". */
const DETERMINERS = new Set(
  ('le la les l’ un une des du de d’ ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ' +
    'ton ta tes au aux chaque quelques plusieurs tout toute tous toutes certains certaines aucun aucune').split(' ')
);

/** Room for part ids in a numeric trie edge key (node * PART_SPACE + part). */
const PART_SPACE = 2 ** 21;

/**
 * Candidate keys, interned as a trie over key parts so a span's key is found by walking its words, without
 * building its string; per key id, the counts for termhood.
 */
class CandidateTable {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly parts = new Map<string, number>();
  private readonly children = new Map<number, number>();
  readonly words: number[] = [];
  readonly filler: boolean[] = [];
  readonly frequency: number[] = [];
  readonly nested: number[] = [];
  readonly containers: (Set<number> | null)[] = [];
  readonly ambiguous: boolean[] = [];
  readonly afterDeterminer: number[] = [];

  constructor(private readonly fillerNouns: ReadonlySet<string>) {}

  /** The key id of `parent`'s key followed by `part` (parent -1: the empty key). */
  extend(parent: number, part: string): number {
    let partId = this.parts.get(part);
    if (partId === undefined) this.parts.set(part, (partId = this.parts.size));
    const edge = (parent + 1) * PART_SPACE + partId;
    let id = this.children.get(edge);
    if (id === undefined) {
      id = this.intern(parent === -1 ? part : `${this.keys[parent]} ${part}`);
      this.children.set(edge, id);
    }
    return id;
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    const content = key.split(' ').filter((word) => word !== 'de');
    this.words.push(content.length);
    // A term made only of filler ("chose", "manière") or headed by one ("fait de …") is never a concept.
    this.filler.push(content.length === 0 || this.fillerNouns.has(content[0]) || content.every((word) => this.fillerNouns.has(word)));
    this.frequency.push(0);
    this.nested.push(0);
    this.containers.push(null);
    this.ambiguous.push(false);
    this.afterDeterminer.push(0);
    return id;
  }

  cValue(id: number): number {
    const length = Math.log2(this.words[id] + 1);
    const containers = this.containers[id];
    if (!containers) return length * this.frequency[id];
    return length * (this.frequency[id] - this.nested[id] / containers.size);
  }
}

/** Spans of every chunk, flat: chunk c owns spans [chunkStart[c], chunkStart[c+1]) of first/last/key. */
interface SpanStore {
  chunkSentence: number[];
  chunkStart: number[];
  first: number[];
  last: number[];
  key: number[];
}

export function extractConcepts(
  prepared: readonly PreparedSentence[],
  lexicon: Lexicon,
  fillerNouns: ReadonlySet<string>,
  options: ConceptOptions = CONCEPT_DEFAULTS
): ExtractedNode[] {
  const table = new CandidateTable(fillerNouns);
  const store: SpanStore = { chunkSentence: [], chunkStart: [], first: [], last: [], key: [] };
  const termPart = createTermParts(lexicon);

  prepared.forEach((item, sentenceIndex) => {
    const { classes } = item;
    const { tokens } = item.sentence;
    for (const chunk of findChunks(classes, item.claimed)) {
      const begin = store.first.length;
      store.chunkSentence.push(sentenceIndex);
      store.chunkStart.push(begin);
      // Every sub-span that starts on a noun and ends on a noun or adjective; the key grows word by word.
      const indices = chunk.tokens;
      for (let s = 0; s < indices.length; s++) {
        const first = indices[s];
        if (!canStartTerm(classes[first])) continue;
        let id = -1;
        for (let e = s; e < indices.length; e++) {
          const last = indices[e];
          const part = termPart(tokens[last].text, classes[last], e === s);
          if (part !== null) id = table.extend(id, part);
          if (!canEndTerm(classes[last]) || table.filler[id]) continue;
          store.first.push(first);
          store.last.push(last);
          store.key.push(id);
        }
      }
      countChunk(store, begin, item, table);
    }
  });
  store.chunkStart.push(store.first.length);

  const termhood = selectTerms(table, options);
  return buildNodes(prepared, store, table, termhood, lexicon);
}

function countChunk(store: SpanStore, begin: number, item: PreparedSentence, table: CandidateTable): void {
  const end = store.first.length;
  for (let s = begin; s < end; s++) {
    const id = store.key[s];
    const first = store.first[s];
    const last = store.last[s];
    table.frequency[id] += 1;
    if (first === last && item.classes[first].ambiguous) table.ambiguous[id] = true;
    const previous = item.sentence.tokens[first - 1];
    if (previous !== undefined && DETERMINERS.has(previous.text.toLowerCase())) table.afterDeterminer[id] += 1;
    for (let o = begin; o < end; o++) {
      if (o === s || store.key[o] === id || store.first[o] > first || store.last[o] < last) continue;
      table.nested[id] += 1;
      (table.containers[id] ??= new Set()).add(store.key[o]);
      break;
    }
  }
}

/** Termhood of each kept key id (absent: not a concept). */
function selectTerms(table: CandidateTable, options: ConceptOptions): Map<number, number> {
  const kept = new Map<number, number>();
  for (let id = 0; id < table.keys.length; id++) {
    if (table.filler[id] || table.frequency[id] === 0) continue;
    const standalone = table.frequency[id] - table.nested[id];
    const termhood = table.cValue(id);
    // A single word the lexicon also reads as verb, adjective or adverb ("compte", "important", "face") must be
    // used as a noun, after a determiner, at least half the time: "prendre en compte" is not the concept "compte".
    const keep =
      table.words[id] >= 2
        ? table.frequency[id] >= options.minTermFrequency && termhood >= options.minCValue
        : standalone >= options.minWordFrequency && (!table.ambiguous[id] || table.afterDeterminer[id] * 2 >= table.frequency[id]);
    if (keep) kept.set(id, termhood);
  }
  return kept;
}

/**
 * Covers a chunk's tokens with kept terms: most words covered first, then the more salient terms. A small
 * dynamic programme over token positions (chunks are at most a dozen tokens).
 */
function coverChunk(store: SpanStore, chunk: number, termhood: Map<number, number>): number[] {
  const begin = store.chunkStart[chunk];
  const end = store.chunkStart[chunk + 1];
  if (begin === end) return [];
  let low = Infinity;
  let high = -Infinity;
  for (let s = begin; s < end; s++) {
    low = Math.min(low, store.first[s]);
    high = Math.max(high, store.last[s] + 1);
  }
  const size = high - low + 1;
  const score = new Float64Array(size);
  const choice = new Int32Array(size).fill(-1);
  for (let p = high - 1; p >= low; p--) {
    score[p - low] = score[p - low + 1];
    for (let s = begin; s < end; s++) {
      if (store.first[s] !== p) continue;
      const value = termhood.get(store.key[s]);
      if (value === undefined) continue;
      const total = (store.last[s] - p + 1) * 1000 + value + score[store.last[s] + 1 - low];
      if (total > score[p - low]) {
        score[p - low] = total;
        choice[p - low] = s;
      }
    }
  }
  const picked: number[] = [];
  for (let p = low; p < high; ) {
    const s = choice[p - low];
    if (s === -1) p += 1;
    else {
      picked.push(s);
      p = store.last[s] + 1;
    }
  }
  return picked;
}

function buildNodes(
  prepared: readonly PreparedSentence[],
  store: SpanStore,
  table: CandidateTable,
  termhood: Map<number, number>,
  lexicon: Lexicon
): ExtractedNode[] {
  const mentionsByKey = new Map<number, MentionSpan[]>();
  for (let chunk = 0; chunk < store.chunkSentence.length; chunk++) {
    const { sentence } = prepared[store.chunkSentence[chunk]];
    for (const s of coverChunk(store, chunk, termhood)) {
      const start = sentence.tokens[store.first[s]].start;
      const end = sentence.tokens[store.last[s]].end;
      const mention = { passage: sentence.id, start, end, surface: sentence.text.slice(start, end) };
      const list = mentionsByKey.get(store.key[s]);
      if (list) list.push(mention);
      else mentionsByKey.set(store.key[s], [mention]);
    }
  }
  const displayForms = new Map<string, string>();
  const displayForm = (surface: string) => {
    let form = displayForms.get(surface);
    if (form === undefined) displayForms.set(surface, (form = toDisplayForm(surface, lexicon)));
    return form;
  };
  const nodes: ExtractedNode[] = [];
  // Ids drop accents for readable URLs, so "marché" and "marche" would meet: number the later key.
  const usedIds = new Set<string>();
  const entries = [...mentionsByKey].sort((a, b) => compareIds(table.keys[a[0]], table.keys[b[0]]));
  for (const [keyId, mentions] of entries) {
    const key = table.keys[keyId];
    let id = `concept:${slugify(key)}`;
    for (let n = 2; usedIds.has(id); n++) id = `concept:${slugify(key)}-${n}`;
    usedIds.add(id);
    const [label, ...aliases] = countForms(mentions, displayForm);
    const documents = new Set(mentions.map((mention) => mention.passage.slice(0, mention.passage.lastIndexOf('/')))).size;
    nodes.push({
      id,
      label,
      type: 'concept',
      aliases,
      mentions,
      typeConfidence: 1,
      // Termhood weighted by spread: a term used across articles matters more to the corpus than one repeated in one.
      salience: round((termhood.get(keyId) ?? 0) * (1 + Math.log(documents)) + mentions.length)
    });
  }
  return nodes.sort((a, b) => compareIds(a.id, b.id));
}

/** A capital that only marks a sentence start is dropped: "Expérience client" reads "expérience client". */
function toDisplayForm(surface: string, lexicon: Lexicon): string {
  const first = surface.split(/[\s’'-]/u)[0];
  const rest = surface.slice(first.length);
  const isCommon = lexicon.entries(first.toLowerCase()).some((entry) => entry.pos !== 'properNoun');
  const sentenceCase = isCommon && first !== first.toUpperCase() && rest === rest.toLowerCase();
  return sentenceCase ? surface.charAt(0).toLowerCase() + surface.slice(1) : surface;
}

/** Display forms, most frequent first. */
function countForms(mentions: readonly MentionSpan[], displayForm: (surface: string) => string): string[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const form = displayForm(mention.surface);
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([form]) => form);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
