/**
 * Scores a built graph against a hand-written gold file (tests/fixtures/unseen-genres/<genre>/gold.json):
 * are the people typed person, the organisations typed organisation, the places kept out of both, the key
 * concepts there, the junk (e-mails, URLs, footer phrases) absent? Pure: the graph and the gold in, figures
 * and the lists behind them out, so a person can read what was missed and what should not be there.
 *
 * Names are compared as the pipeline compares them (`normalizeKey`: accents, case, hyphens, apostrophes).
 * A gold entity is matched by equality of a node's label or one of its aliases with one of its forms.
 * Document nodes are files, not extractions, and are left out of every figure.
 */
import * as v from 'valibot';
import type { GraphData, GraphNode, NodeType } from '../../src/lib/graph/schema';
import { normalizeKey } from '../../src/lib/pipeline/normalize-key';

const forms = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1));

export const GoldSchema = v.object({
  /** Each entity is the list of surface forms that name it in the texts, the canonical one first. */
  people: v.array(forms),
  organizations: v.array(forms),
  places: v.array(forms),
  /** Key ideas: a string, or a list of accepted variants (canonical first). */
  concepts: v.array(v.union([v.pipe(v.string(), v.minLength(1)), forms])),
  /** Strings that must never be a node, nor be part of one's label or alias. */
  junk: v.array(v.pipe(v.string(), v.minLength(1))),
  /**
   * Names a careful reader could type either way (a building named like an institution, "l'État"): a node
   * carrying one is neither a hit nor a false positive and is left out of the precision figures.
   */
  ambiguous: v.optional(v.array(v.pipe(v.string(), v.minLength(1))), [])
});

export type Gold = v.InferInput<typeof GoldSchema>;

/** Checks a gold file's JSON and names the field that is wrong. */
export function parseGold(json: unknown, source: string): Gold {
  const result = v.safeParse(GoldSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = (issue.path ?? []).map((item) => String(item.key)).join('.');
  throw new Error(`${source}: ${where ? `${where}: ` : ''}${issue.message}`);
}

/** `count` of `total`; the share is count / total (undefined when there is nothing to count). */
export interface Ratio {
  count: number;
  total: number;
}

export function share(ratio: Ratio): number | undefined {
  return ratio.total === 0 ? undefined : ratio.count / ratio.total;
}

export interface NodeRef {
  label: string;
  type: NodeType;
}

/** A gold entity or concept not found with the right type, and the nodes of other types that carry it. */
export interface Miss {
  name: string;
  foundAs: NodeRef[];
}

/** A gold place that a person or organisation node carries. */
export interface Leak {
  place: string;
  nodes: NodeRef[];
}

export type GoldKind = 'person' | 'organization' | 'place' | 'concept' | 'junk';

/** A person or organisation node that names no gold entity of its type, and what the gold says it is. */
export interface FalsePositive {
  label: string;
  aliases: string[];
  /** The gold category one of its names belongs to (a place typed organisation…); null: not in the gold. */
  gold: GoldKind | null;
  /** The gold entity it names, when it names one. */
  goldName: string | null;
}

export interface JunkHit {
  junk: string;
  nodes: NodeRef[];
}

export interface ExtractionScore {
  /** Gold people with a node typed person. */
  peopleRecall: Ratio;
  /** Gold organisations with a node typed organisation. */
  organizationsRecall: Ratio;
  /** Gold places no person or organisation node carries. */
  placesKeptOut: Ratio;
  /** Person nodes naming a gold person (ambiguous names left out). */
  personPrecision: Ratio;
  /** Organisation nodes naming a gold organisation (ambiguous names left out). */
  organizationPrecision: Ratio;
  /** Gold concepts with a concept node. */
  conceptsRecall: Ratio;
  /**
   * Of the k largest concept nodes by importance, k the number of gold concepts, those that carry one (the
   * R-precision of the ranking): whether what the graph draws biggest is what a reader calls the text's ideas.
   */
  conceptsRanked: Ratio;
  /** Those k largest concepts, largest first, each marked whether it carries a gold concept. */
  largestConcepts: { label: string; gold: boolean }[];
  /** Gold junk strings that are, or are part of, a node's label or alias: lower is better. */
  junkFound: Ratio;
  missedPeople: Miss[];
  missedOrganizations: Miss[];
  missedConcepts: Miss[];
  placesLeaked: Leak[];
  falsePersons: FalsePositive[];
  falseOrganizations: FalsePositive[];
  junkNodes: JunkHit[];
}

interface KeyedNode {
  node: GraphNode;
  keys: string[];
}

interface Entity {
  name: string;
  keys: Set<string>;
}

function entities(lists: readonly (string | readonly string[])[]): Entity[] {
  return lists.map((item) => {
    const names = typeof item === 'string' ? [item] : item;
    return { name: names[0], keys: new Set(names.map(normalizeKey)) };
  });
}

function ref({ node }: KeyedNode): NodeRef {
  return { label: node.label, type: node.type };
}

function carries(keyed: KeyedNode, entity: Entity): boolean {
  return keyed.keys.some((key) => entity.keys.has(key));
}

function ratio(count: number, total: number): Ratio {
  return { count, total };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `needle` inside `text` as whole words: "mai" is in "réunion de mai", not in "maison". */
function containsWords(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    const boundedBefore = before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(needle[0]);
    const boundedAfter = after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(needle[needle.length - 1]);
    if (boundedBefore && boundedAfter) return true;
  }
  return false;
}

/** Recall of `gold` among nodes of `type`, with where each miss went instead. */
function recall(gold: Entity[], nodes: KeyedNode[], type: NodeType): { ratio: Ratio; misses: Miss[] } {
  const misses: Miss[] = [];
  for (const entity of gold) {
    const carriers = nodes.filter((keyed) => carries(keyed, entity));
    if (!carriers.some(({ node }) => node.type === type)) misses.push({ name: entity.name, foundAs: carriers.map(ref) });
  }
  return { ratio: ratio(gold.length - misses.length, gold.length), misses };
}

export function scoreExtraction(graph: GraphData, gold: Gold): ExtractionScore {
  const nodes: KeyedNode[] = graph.nodes
    .filter((node) => node.type !== 'document')
    .map((node) => ({ node, keys: [...new Set([node.label, ...node.aliases].map(normalizeKey))] }));
  const byType = (type: NodeType) => nodes.filter(({ node }) => node.type === type);

  const people = entities(gold.people);
  const organizations = entities(gold.organizations);
  const places = entities(gold.places);
  const concepts = entities(gold.concepts);
  const junk = gold.junk.map((text) => ({ text, key: normalizeKey(text) })).filter(({ key }) => key !== '');
  const ambiguous = new Set((gold.ambiguous ?? []).map(normalizeKey));

  const isJunk = (keyed: KeyedNode) => junk.some(({ key }) => keyed.keys.some((text) => containsWords(text, key)));
  /** What the gold calls a node: the first category one of its names belongs to. */
  const classify = (keyed: KeyedNode): { gold: GoldKind | null; goldName: string | null } => {
    const kinds: [GoldKind, Entity[]][] = [
      ['person', people],
      ['organization', organizations],
      ['place', places],
      ['concept', concepts]
    ];
    for (const [kind, list] of kinds) {
      const entity = list.find((candidate) => carries(keyed, candidate));
      if (entity) return { gold: kind, goldName: entity.name };
    }
    return isJunk(keyed) ? { gold: 'junk', goldName: null } : { gold: null, goldName: null };
  };
  const precision = (type: 'person' | 'organization', wanted: Entity[]) => {
    const judged = byType(type).filter((keyed) => !keyed.keys.some((key) => ambiguous.has(key)));
    const wrong = judged.filter((keyed) => !wanted.some((entity) => carries(keyed, entity)));
    const falsePositives = wrong.map((keyed) => ({ label: keyed.node.label, aliases: keyed.node.aliases, ...classify(keyed) }));
    return { ratio: ratio(judged.length - wrong.length, judged.length), falsePositives };
  };

  const peopleRecall = recall(people, nodes, 'person');
  const organizationsRecall = recall(organizations, nodes, 'organization');
  const conceptsRecall = recall(concepts, nodes, 'concept');
  const largestConcepts = byType('concept')
    .sort((a, b) => b.node.importance - a.node.importance || (a.node.id < b.node.id ? -1 : 1))
    .slice(0, concepts.length);
  const largest = largestConcepts.map((keyed) => ({ label: keyed.node.label, gold: concepts.some((entity) => carries(keyed, entity)) }));
  const rankedGold = largest.filter(({ gold }) => gold).length;
  const named = nodes.filter(({ node }) => node.type === 'person' || node.type === 'organization');
  const placesLeaked = places.flatMap((place) => {
    const carriers = named.filter((keyed) => carries(keyed, place));
    return carriers.length === 0 ? [] : [{ place: place.name, nodes: carriers.map(ref) }];
  });
  const personPrecision = precision('person', people);
  const organizationPrecision = precision('organization', organizations);
  const junkNodes = junk.flatMap(({ text, key }) => {
    const carriers = nodes.filter((keyed) => keyed.keys.some((name) => containsWords(name, key)));
    return carriers.length === 0 ? [] : [{ junk: text, nodes: carriers.map(ref) }];
  });

  return {
    peopleRecall: peopleRecall.ratio,
    organizationsRecall: organizationsRecall.ratio,
    placesKeptOut: ratio(places.length - placesLeaked.length, places.length),
    personPrecision: personPrecision.ratio,
    organizationPrecision: organizationPrecision.ratio,
    conceptsRecall: conceptsRecall.ratio,
    conceptsRanked: ratio(rankedGold, concepts.length),
    largestConcepts: largest,
    junkFound: ratio(junkNodes.length, junk.length),
    missedPeople: peopleRecall.misses,
    missedOrganizations: organizationsRecall.misses,
    missedConcepts: conceptsRecall.misses,
    placesLeaked,
    falsePersons: personPrecision.falsePositives,
    falseOrganizations: organizationPrecision.falsePositives,
    junkNodes
  };
}
