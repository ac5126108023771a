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
import type { ExtractedNode, Lexicon, MentionSpan, Sentence, Token } from '../types';
import { createAgreementTest } from './agreement';
import { canEndTerm, canStartTerm, findChunks } from './noun-phrases';
import { conceptSalience } from './salience';
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

export const CONCEPT_DEFAULTS: ConceptOptions = { minTermFrequency: 2, minWordFrequency: 2, minCValue: 1 };

/** One sentence prepared by the extractor: word classes and the tokens names have already claimed. */
export interface PreparedSentence {
  sentence: Sentence;
  classes: WordClass[];
  claimed: boolean[];
  /**
   * Title-cased terms ("Design Thinking", "Moyen Âge"), as first and last token: each is a term as a whole or
   * nothing, never split, so "Moyen Âge" does not feed "moyens".
   */
  titleTerms?: readonly (readonly [number, number])[];
  /** A heading ("1/ Customer centricity", "Les techniques de l’entreprise apprenante"): a short paragraph of its own. */
  heading?: boolean;
}



/** Words that make the next word a noun: "le compte", "des usages", "cette économie". */
const DETERMINERS = new Set(
  ('le la les l’ un une des du de d’ ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ' +
    'ton ta tes au aux chaque quelques plusieurs tout toute tous toutes certains certaines aucun aucune').split(' ')
);

/** Determiners that make the next word a noun even when the lexicon also reads it as a verb ("le savoir"). */
const NOUN_DETERMINERS = new Set([...DETERMINERS].filter((word) => word !== 'de' && word !== 'd’'));
/** A bare noun after these is a fixed expression, not the concept: "en contact", "par exemple", "sans cesse". */
const LOCUTION_PREPOSITIONS = new Set(['en', 'par', 'sans', 'sous', 'à']);
/** Light verbs whose bare noun makes a locution: "avoir besoin", "faire face", "prendre conscience", "tenir compte". */
const LIGHT_VERBS = new Set(['avoir', 'faire', 'prendre', 'donner', 'tenir', 'mettre', 'rendre', 'perdre', 'porter', 'tirer']);

/** Cover scores, lexicographic: each word covered outweighs any number of terms, each term any termhood. */
const WORD_SCORE = 1e9;
const TERM_COST = 1e6;
const MAX_TERMHOOD_SCORE = 1e6 - 1;

/** Room for part ids in a numeric trie edge key (node * PART_SPACE + part). */
const PART_SPACE = 2 ** 21;
const UPPER_INITIAL = /^\p{Lu}/u;

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
  /** Occurrences in a heading: where authors name their ideas, so once there is a pattern already. */
  readonly inHeading: number[] = [];
  readonly headingOnly: boolean[] = [];

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

  /** How often a single word was met as a term candidate anywhere (inside longer terms too); 0 if never. */
  wordFrequency(word: string): number {
    const id = this.ids.get(word);
    return id === undefined ? 0 : this.frequency[id];
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    const content = contentParts(key);
    this.words.push(content.length);
    // A term made only of filler ("chose", "manière") or headed by one ("fait de …") is never a concept.
    this.filler.push(content.length === 0 || this.fillerNouns.has(key) || this.fillerNouns.has(content[0]) || content.every((word) => this.fillerNouns.has(word)));
    this.frequency.push(0);
    this.nested.push(0);
    this.containers.push(null);
    this.ambiguous.push(false);
    this.afterDeterminer.push(0);
    this.inHeading.push(0);
    this.headingOnly.push(false);
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

  const isLocution = createLocutionTest(lexicon);
  const agrees = createAgreementTest(lexicon);
  let wordCount = 0;
  prepared.forEach((item, sentenceIndex) => {
    const { classes } = item;
    const { tokens } = item.sentence;
    for (const token of tokens) if (token.kind === 'word') wordCount += 1;
    for (const [first, last] of item.titleTerms ?? []) {
      let id = -1;
      for (let k = first; k <= last; k++) {
        const part = termPart(tokens[k].text, classes[k], k === first);
        if (part !== null) id = table.extend(id, part);
      }
      if (id === -1 || table.filler[id]) continue;
      store.chunkSentence.push(sentenceIndex);
      store.chunkStart.push(store.first.length);
      store.first.push(first);
      store.last.push(last);
      store.key.push(id);
      table.frequency[id] += 1;
    }
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
        let lastNoun = first;
        for (let e = s; e < indices.length; e++) {
          const last = indices[e];
          const wordClass = classes[last];
          // An adjective agrees with the term's head or the noun it follows, or it qualifies a noun outside.
          if (e > s && wordClass.adjective && !wordClass.noun) {
            const text = tokens[last].text;
            if (!agrees(tokens[first].text, text) && !agrees(tokens[lastNoun].text, text)) break;
          }
          if (wordClass.noun) lastNoun = last;
          const part = termPart(tokens[last].text, wordClass, e === s);
          if (part !== null) id = table.extend(id, part);
          if (!canEndTerm(classes[last]) || table.filler[id]) continue;
          if (isLocution(tokens, first, classes[first], e > s)) continue;
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
  addSingleTerms(prepared, store, table, termhood, options);
  return buildNodes(prepared, store, table, termhood, lexicon, wordCount);
}

/**
 * A single noun that is not the concept where it stands: a verb form outside a noun's syntax ("il donne",
 * "de savoir" against "la donne", "le savoir"), or the bare noun of a fixed expression ("en chemin", "avoir
 * besoin", "faire face"). Such occurrences are no mention of the concept, so they neither count nor show.
 */
function createLocutionTest(
  lexicon: Lexicon
): (tokens: readonly Token[], index: number, wordClass: WordClass, inLongerTerm?: boolean) => boolean {
  const lightVerb = new Map<string, boolean>();
  const isLightVerb = (word: string) => {
    let known = lightVerb.get(word);
    if (known === undefined) {
      known = lexicon.entries(word).some((entry) => entry.pos === 'verb' && LIGHT_VERBS.has(entry.lemma));
      lightVerb.set(word, known);
    }
    return known;
  };
  // A longer term may follow "en" or "à" ("en zone inondable"), but not a light verb: "tirer parti des actifs",
  // "avoir besoin de formations" name no concept.
  return (tokens, index, wordClass, inLongerTerm = false) => {
    const previous = tokens[index - 1];
    const before = previous?.kind === 'word' ? previous.text.toLowerCase() : '';
    // "il y a création de valeur" states that something exists, where "avoir besoin" is a locution.
    if (inLongerTerm) return before !== '' && isLightVerb(before) && tokens[index - 2]?.text.toLowerCase() !== 'y';
    if (wordClass.verbal && !NOUN_DETERMINERS.has(before)) return true;
    if (LOCUTION_PREPOSITIONS.has(before)) return true;
    return before !== '' && isLightVerb(before);
  };
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
    if (item.heading) table.inHeading[id] += 1;
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
        ? (table.frequency[id] >= options.minTermFrequency && termhood >= options.minCValue) || table.inHeading[id] > 0
        : standalone >= options.minWordFrequency && (!table.ambiguous[id] || table.afterDeterminer[id] * 2 >= table.frequency[id]);
    if (keep) kept.set(id, termhood);
    // Kept only because a heading names it: a unit where nothing better covers its words (see coverChunk).
    if (keep && table.words[id] >= 2 && table.frequency[id] < options.minTermFrequency) table.headingOnly[id] = true;
  }
  return kept;
}

/**
 * Multi-word terms met once ("catastrophe naturelle", "zone inondable" in a short news story): in a short text
 * the ideas are often named once, and a reader still calls them its concepts. Kept as units of low rank: they
 * cover only what no better cover does (as heading terms), their salience is that of one mention, so the
 * concept budget takes them last. None that holds a kept term is kept, so no concept loses a mention to a term
 * that the budget may drop ("agence de transformation digitale" would take one from "transformation
 * digitale"); nor one that opens with a capital, a title or a name met once.
 */
function addSingleTerms(
  prepared: readonly PreparedSentence[],
  store: SpanStore,
  table: CandidateTable,
  kept: Map<number, number>,
  options: ConceptOptions
): void {
  const isSingle = (id: number) => table.words[id] >= 2 && table.frequency[id] === 1 && !table.filler[id] && !kept.has(id);
  const holdsKept = new Set<number>();
  for (let chunk = 0; chunk < store.chunkSentence.length; chunk++) {
    const [begin, end] = [store.chunkStart[chunk], store.chunkStart[chunk + 1]];
    const { tokens } = prepared[store.chunkSentence[chunk]].sentence;
    for (let s = begin; s < end; s++) {
      if (!isSingle(store.key[s])) continue;
      // A capitalised phrase met once is a title or a name ("Chinese Experiment" in a reference, "Mme veuve").
      if (UPPER_INITIAL.test(tokens[store.first[s]].text)) {
        holdsKept.add(store.key[s]);
        continue;
      }
      for (let o = begin; o < end; o++) {
        if (o === s || store.first[o] < store.first[s] || store.last[o] > store.last[s]) continue;
        if (kept.has(store.key[o])) holdsKept.add(store.key[s]);
      }
    }
  }
  for (let id = 0; id < table.keys.length; id++) {
    if (!isSingle(id) || holdsKept.has(id)) continue;
    const termhood = table.cValue(id);
    if (termhood < options.minCValue) continue;
    kept.set(id, termhood);
    table.headingOnly[id] = true;
  }
}

/**
 * Covers a chunk's tokens with kept terms: most words covered first, then the fewest terms (a kept term used as
 * a unit, "expérience client", beats its parts however frequent they are alone), then the higher termhood.
 * A small dynamic programme over token positions (chunks are at most a dozen tokens).
 */
function coverChunk(store: SpanStore, table: CandidateTable, chunk: number, termhood: Map<number, number>): number[] {
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
      // Content words, not tokens: "de l’" inside a term is no more covered meaning than left out.
      const cost = table.headingOnly[store.key[s]] ? 2 * TERM_COST : TERM_COST;
      const total = table.words[store.key[s]] * WORD_SCORE - cost + Math.min(value, MAX_TERMHOOD_SCORE) + score[store.last[s] + 1 - low];
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
  lexicon: Lexicon,
  wordCount: number
): ExtractedNode[] {
  const mentionsByKey = new Map<number, MentionSpan[]>();
  for (let chunk = 0; chunk < store.chunkSentence.length; chunk++) {
    const { sentence } = prepared[store.chunkSentence[chunk]];
    for (const s of coverChunk(store, table, chunk, termhood)) {
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
  // Ids come from the label a reader sees and drop accents for readable URLs, so two keys may meet
  // ("marché", "marche"): number the later one.
  const usedIds = new Set<string>();
  const entries = [...mentionsByKey].sort((a, b) => compareIds(table.keys[a[0]], table.keys[b[0]]));
  const compounds = countCompounds(entries.map(([keyId]) => keyId).filter((keyId) => table.words[keyId] >= 2).map((keyId) => table.keys[keyId]));
  for (const [keyId, mentions] of entries) {
    const key = table.keys[keyId];
    const [label, ...aliases] = countForms(mentions, displayForm);
    const base = `concept:${slugify(label)}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    nodes.push({
      id,
      label,
      type: 'concept',
      aliases,
      mentions,
      typeConfidence: 1,
      salience: round(
        conceptSalience(key, table.words[keyId], mentions, wordCount, lexicon, {
          inHeading: table.inHeading[keyId] > 0,
          compounds: compounds.get(key) ?? 0,
          partFrequencies: table.words[keyId] >= 2 ? contentParts(key).map((part) => table.wordFrequency(part)) : []
        })
      )
    });
  }
  return nodes.sort((a, b) => compareIds(a.id, b.id));
}

function contentParts(key: string): string[] {
  return key.split(' ').filter((part) => part !== 'de');
}

/** For each word, how many of the corpus's multi-word terms it is part of ("client" in "relation client"). */
function countCompounds(multiWordKeys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of multiWordKeys) {
    for (const part of new Set(contentParts(key))) counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  return counts;
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
