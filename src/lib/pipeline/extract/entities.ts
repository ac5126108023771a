/**
 * People and organisations: name spans gathered across the corpus into one node per name.
 *
 * Spellings meet on a key that ignores case, accents, hyphens, spaces and apostrophes ("e-bay" = "eBay",
 * "Vélib’" = "Vélib", "BlaBla Car" = "BlaBlaCar"). A bare surname or first name joins the person whose full
 * name the corpus gives ("Serres" → "Michel Serres", "Merci Bertrand" → "Bertrand Duperrin" in the same
 * article). The type is the best-supported reading over all occurrences, with that reading's confidence.
 */
import { documentOfPassage } from '../../graph/passage-id';
import { compareIds } from '../compare-ids';
import { normalizeKey } from '../normalize-key';
import type { ExtractedNode, MentionSpan, Sentence } from '../types';
import type { NameSpan } from './name-spans';
import { ENTITY_TYPES, isCued, TYPING_RULES, type EntityType, type TypeVote } from './typing-rules';

const CUED_ORGANIZATION_RULES: ReadonlySet<string> = new Set(
  TYPING_RULES.filter((rule) => rule.type === 'organization' && isCued([{ rule: rule.name, type: rule.type, weight: rule.weight }])).map((rule) => rule.name)
);
import { nameSalience } from './salience';
import { slugify } from './term-key';

export interface LocatedSpan {
  sentence: Sentence;
  span: NameSpan;
}

interface Entity {
  key: string;
  /** Summed vote weight per type over all mentions, and per rule (to tell which rule decided). */
  votes: Map<EntityType, number>;
  rules: Map<string, number>;
  mentions: MentionSpan[];
  wordCount: number;
}

export function entityKey(words: readonly string[]): string {
  return normalizeKey(words.join(' ')).replace(/[^\p{L}\p{N}]/gu, '');
}

function toMention(sentence: Sentence, span: NameSpan): MentionSpan {
  const start = sentence.tokens[span.first].start;
  const end = sentence.tokens[span.last].end;
  return { passage: sentence.id, start, end, surface: sentence.text.slice(start, end) };
}

function addVotes(entity: Entity, votes: readonly TypeVote[]): void {
  for (const vote of votes) {
    entity.votes.set(vote.type, (entity.votes.get(vote.type) ?? 0) + vote.weight);
    entity.rules.set(vote.rule, (entity.rules.get(vote.rule) ?? 0) + vote.weight);
  }
}

/** Person and organisation nodes from the name spans of the whole corpus (concept/place/work spans are ignored). */
export function extractEntities(located: readonly LocatedSpan[], order: MentionOrder): ExtractedNode[] {
  const entities = new Map<string, Entity>();
  const pending: LocatedSpan[] = [];
  for (const item of located) {
    const { span } = item;
    if (span.reading !== 'name') {
      if (span.reading === 'firstName') pending.push(item);
      continue;
    }
    const key = entityKey(span.words);
    const entity: Entity = entities.get(key) ?? { key, votes: new Map(), rules: new Map(), mentions: [], wordCount: span.words.length };
    addVotes(entity, span.votes);
    entity.mentions.push(toMention(item.sentence, span));
    entities.set(key, entity);
  }
  attachPartialNames(entities, pending);
  return [...entities.values()].flatMap((entity) => toNode(entity, order)).sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Folds bare surnames and first names into full person names. A weak single-word organisation reading
 * ("Serres" with no cue) that matches a known person's surname is that person, not a company.
 */
function attachPartialNames(entities: Map<string, Entity>, firstNames: readonly LocatedSpan[]): void {
  const people = [...entities.values()].filter((entity) => readingOf(entity).reading === 'person' && entity.wordCount >= 2);
  const bySurname = new Map<string, Entity[]>();
  for (const person of people) {
    const surname = person.mentions[0].surface.split(/\s+/u).pop() ?? '';
    const key = entityKey([surname]);
    bySurname.set(key, [...(bySurname.get(key) ?? []), person]);
  }
  for (const entity of [...entities.values()]) {
    const { reading } = readingOf(entity);
    const owners = bySurname.get(entity.key);
    if (entity.wordCount !== 1 || !owners || owners.length !== 1 || owners[0] === entity) continue;
    // Only a cue says a bare surname is an organisation of the same name ("chez Dupont"): many cue-less
    // mentions ("Dupont parle.") are still the person's.
    if (reading === 'organization' && [...entity.rules.keys()].some((rule) => CUED_ORGANIZATION_RULES.has(rule))) continue;
    // A loop, not push(...): a surname mentioned 100,000 times would overflow the call stack.
    for (const mention of entity.mentions) owners[0].mentions.push(mention);
    entities.delete(entity.key);
  }
  // A lone first name ("Merci Bertrand") is the person of that article with that first name; a word that is
  // both a first name and a known surname ("Renaud ajoute") is that person. People are indexed by first name
  // and by the documents they are mentioned in: scanning every person for every lone first name grew with
  // the square of the corpus (0.8 s of a 4 MB one).
  const byFirstWord = new Map<string, Entity[]>();
  const documentsOf = new Map<Entity, Set<string>>();
  for (const person of people) {
    const word = normalizeKey(person.mentions[0].surface.split(/\s+/u)[0]);
    const list = byFirstWord.get(word);
    if (list) list.push(person);
    else byFirstWord.set(word, [person]);
    documentsOf.set(person, new Set(person.mentions.map((mention) => documentOfPassage(mention.passage))));
  }
  for (const { sentence, span } of firstNames) {
    const word = normalizeKey(span.words[0]);
    const byFirstName = (byFirstWord.get(word) ?? []).filter((person) => documentsOf.get(person)!.has(sentence.document));
    const bySurnameOnly = bySurname.get(entityKey(span.words)) ?? [];
    const owners = byFirstName.length > 0 ? byFirstName : bySurnameOnly;
    if (owners.length !== 1) continue;
    const mention = toMention(sentence, span);
    owners[0].mentions.push(mention);
    documentsOf.get(owners[0])?.add(documentOfPassage(mention.passage));
  }
}

/**
 * The type with the most vote weight over all mentions (ties: person, then organisation, then place). The
 * confidence is the winner's share of all votes, discounted while the evidence is thin: one cue-less mention
 * gives a low confidence, many cued mentions a high one.
 */
export function readingOf(entity: Pick<Entity, 'votes'>): { reading: EntityType; confidence: number } {
  let chosen: EntityType = 'organization';
  let best = -1;
  let total = 0;
  for (const type of ENTITY_TYPES) {
    const weight = entity.votes.get(type) ?? 0;
    total += weight;
    if (weight > best) {
      chosen = type;
      best = weight;
    }
  }
  const share = total > 0 ? best / total : 0;
  const confidence = share * (1 - Math.exp(-best / EVIDENCE_SCALE));
  return { reading: chosen, confidence: Math.round(confidence * 100) / 100 };
}

/** Vote weight at which evidence is two-thirds convincing: about one strong cue. */
const EVIDENCE_SCALE = 2.5;

function toNode(entity: Entity, order: MentionOrder): ExtractedNode[] {
  const { reading, confidence } = readingOf(entity);
  // Places claim their words, so "Lyon" feeds no concept, but stay out of the graph.
  if (reading === 'place') return [];
  const forms = new Map<string, number>();
  for (const mention of entity.mentions) forms.set(mention.surface, (forms.get(mention.surface) ?? 0) + 1);
  const ranked = [...forms.entries()].sort(
    (a, b) => wordsIn(b[0]) - wordsIn(a[0]) || b[1] - a[1] || shouting(a[0]) - shouting(b[0]) || (a[0] < b[0] ? -1 : 1)
  );
  const [label, ...aliases] = ranked.map(([form]) => form);
  const mentions = [...entity.mentions].sort(order);
  return [
    {
      id: `${reading}:${slugify(label)}`,
      label,
      type: reading,
      aliases,
      mentions,
      typeConfidence: confidence,
      salience: Math.round(nameSalience(mentions) * 1000) / 1000
    }
  ];
}

function wordsIn(form: string): number {
  return form.split(/\s+/u).length;
}

function shouting(form: string): number {
  return form === form.toUpperCase() ? 1 : 0;
}

/** Orders mentions in reading order: by their passage's place in the corpus, then by offset. */
export type MentionOrder = (a: MentionSpan, b: MentionSpan) => number;

export function mentionOrder(sentences: readonly Sentence[]): MentionOrder {
  const position = new Map(sentences.map((sentence, index) => [sentence.id, index]));
  return (a, b) => (position.get(a.passage) ?? -1) - (position.get(b.passage) ?? -1) || a.start - b.start;
}
