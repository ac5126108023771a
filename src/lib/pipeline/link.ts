/**
 * Link stage: turns extracted nodes and stated relations into a readable, weighted graph.
 *
 * Edges come from three sources: co-occurrence (same sentence, or same paragraph as a weaker window), weighted
 * by association so ubiquitous terms do not link to everything; relations the text states; and mentions from
 * each document node. Thresholds then prune the graph to what a reader can follow. Deterministic: the output
 * depends only on the input, sorted by id.
 */
import { compareIds } from './compare-ids';
import { findCooccurrences, type CooccurrenceCandidate } from './link/cooccurrence';
import { EvidenceCollector } from './link/evidence';
import { buildOccurrenceTable, indexSentences, type OccurrenceTable, type SentenceIndex } from './link/occurrences';
import { keepStrongestPerNode, linkLoners } from './link/prune';
import type { ExtractedNode, LinkedEdge, Sentence, StatedRelation } from './types';

export interface LinkOptions {
  paragraphWeight: number;
  minCooccurrences: number;
  minAssociation: number;
  topK: number;
  /** A fixed number of concepts to keep, or null to scale with the corpus (see `conceptBudget`). */
  maxConcepts: number | null;
}

export const LINK_DEFAULTS: LinkOptions = {
  /**
   * A paragraph co-occurrence (different sentences, same paragraph) counts 0.3 of a sentence one: same topic,
   * but the text does not put the two together; counted only where the pair never shares a sentence in that
   * paragraph, so close pairs are not counted twice.
   */
  paragraphWeight: 0.3,
  /**
   * Sentence plus paragraph co-occurrences a pair needs: one meeting is anecdote, and NPMI rates a pair seen
   * once together and never apart as perfect.
   */
  minCooccurrences: 2,
  /**
   * Minimum NPMI (-1..1, 0 = independent): 0.1 asks for a pair to meet clearly more often than chance, which
   * drops the links of terms that occur everywhere (their NPMI is at most 0).
   */
  minAssociation: 0.1,
  /** Strongest co-occurrence edges each node keeps (an edge stays if either end keeps it): about what a
   * reader can follow around one node. */
  topK: 8,
  /**
   * Concepts kept, by salience, scaled to the corpus: a 14 KB corpus has ideas for about 75 concepts, five
   * articles (50 KB) for about 125, and past a few hundred labels the explorer turns into a hairball. People and
   * organisations are not capped, since readers look for them by name.
   */
  maxConcepts: null
};

const MIN_CONCEPTS = 40;
/** Links a concept should have to sit in a group: one ties it to a neighbour, two place it among them. */
const MIN_LINKS = 2;
const MAX_CONCEPTS = 400;

/** Concepts a corpus of `characters` characters of text deserves: grows with the square root of its size. */
export function conceptBudget(characters: number): number {
  return Math.round(Math.min(MAX_CONCEPTS, Math.max(MIN_CONCEPTS, 20 + 15 * Math.sqrt(characters / 1000))));
}

export interface LinkResult {
  nodes: ExtractedNode[];
  edges: LinkedEdge[];
}

export function link(
  nodes: ExtractedNode[],
  sentences: Sentence[],
  relations: StatedRelation[],
  options: Partial<LinkOptions> = {}
): LinkResult {
  const settings = resolveOptions(options);
  const index = indexSentences(sentences);
  const byId = indexNodes(nodes);
  checkRelations(relations, byId);

  const occurrences = buildOccurrenceTable(
    nodes.filter((node) => node.type !== 'document'),
    index
  );
  // Names are often cited once ("selon Nicolas Colin, …"): the sentence that cites them is the whole evidence
  // there is, so one shared sentence links a person or organisation, where concepts need two meetings.
  const namedIds = new Set(nodes.filter((node) => node.type === 'person' || node.type === 'organization').map((node) => node.id));
  const candidates = findCooccurrences(occurrences, index, { ...settings, namedIds });

  const stated = new Set(relations.flatMap((relation) => [relation.source, relation.target]));
  const budget = settings.maxConcepts ?? conceptBudget(sentences.reduce((sum, sentence) => sum + sentence.text.length, 0));
  const keptIds = selectNodes(nodes, stated, budget);
  const between = candidates.filter((candidate) => keptIds.has(candidate.source) && keptIds.has(candidate.target));
  const cooccurrence = linkLoners(
    keepStrongestPerNode(between.filter((candidate) => !candidate.weak), settings.topK),
    between.filter((candidate) => candidate.weak),
    MIN_LINKS
  ).sort((x, y) => x.sourceNode - y.sourceNode || x.targetNode - y.targetNode);
  // A salient concept stays even with no partner left: being central to the texts does not need a neighbour.
  const keptNodes = nodes.filter((node) => keptIds.has(node.id));

  const edges = [
    ...toCooccurrenceEdges(cooccurrence, occurrences, index),
    ...mergeStatedRelations(relations, index),
    ...buildMentionEdges(keptNodes, keptIds, occurrences, index)
  ];
  return {
    nodes: keptNodes.sort((a, b) => compareIds(a.id, b.id)),
    edges: sortByEdgeId(edges)
  };
}

/** The edge id the graph file uses; undirected co-occurrence edges already have source < target. */
export function edgeId(edge: Pick<LinkedEdge, 'kind' | 'source' | 'target'>): string {
  return `${edge.kind}:${edge.source}->${edge.target}`;
}

/** Sorted by `edgeId`, each id built once rather than twice per comparison. */
function sortByEdgeId(edges: readonly LinkedEdge[]): LinkedEdge[] {
  return edges
    .map((edge) => ({ edge, id: edgeId(edge) }))
    .sort((a, b) => compareIds(a.id, b.id))
    .map(({ edge }) => edge);
}

function resolveOptions(options: Partial<LinkOptions>): LinkOptions {
  const settings = { ...LINK_DEFAULTS, ...options };
  for (const [name, value] of Object.entries(settings)) {
    if (name === 'maxConcepts' && value === null) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < (name === 'minAssociation' ? -1 : 0)) {
      throw new Error(`link: option ${name} must be a finite non-negative number, got ${value}`);
    }
  }
  if (!Number.isInteger(settings.topK) || settings.topK < 1) {
    throw new Error(`link: option topK must be a positive integer, got ${settings.topK}`);
  }
  return settings;
}

function indexNodes(nodes: readonly ExtractedNode[]): Map<string, ExtractedNode> {
  const byId = new Map<string, ExtractedNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new Error(`link: node id "${node.id}" is used twice`);
    byId.set(node.id, node);
  }
  return byId;
}

function checkRelations(relations: readonly StatedRelation[], byId: ReadonlyMap<string, ExtractedNode>): void {
  relations.forEach((relation, index) => {
    for (const end of [relation.source, relation.target]) {
      if (!byId.has(end)) throw new Error(`link: relations[${index}] names unknown node "${end}"`);
    }
    if (relation.kind === 'cooccurrence' || relation.kind === 'mention') {
      throw new Error(`link: relations[${index}] has kind "${relation.kind}", which the linker computes itself`);
    }
  });
}

/**
 * Concepts compete for `maxConcepts` places by salience. Documents, people, organisations, curated terms and
 * relation ends are always kept.
 */
function selectNodes(nodes: readonly ExtractedNode[], stated: ReadonlySet<string>, maxConcepts: number): Set<string> {
  const kept = new Set<string>();
  const concepts: ExtractedNode[] = [];
  for (const node of nodes) {
    if (node.type !== 'concept' || node.curated || stated.has(node.id)) kept.add(node.id);
    else concepts.push(node);
  }
  concepts
    .sort((a, b) => b.salience - a.salience || compareIds(a.id, b.id))
    .slice(0, maxConcepts)
    .forEach((node) => kept.add(node.id));
  return kept;
}

function toCooccurrenceEdges(
  candidates: readonly CooccurrenceCandidate[],
  occurrences: OccurrenceTable,
  index: SentenceIndex
): LinkedEdge[] {
  const evidence = new EvidenceCollector(occurrences, index);
  return candidates.map((candidate) => ({
    source: candidate.source,
    target: candidate.target,
    kind: 'cooccurrence',
    weight: candidate.weight,
    relation: null,
    evidence: evidence
      .collect(candidate.sourceNode, candidate.targetNode, (position) => index.sentences[position].text.length)
      .map((item) => (typeof item === 'number' ? index.sentences[item].id : item.map((position) => index.sentences[position].id)))
  }));
}

/**
 * Relations stated several times, or with different wordings ("PDG de", "dirige"), become one edge per kind
 * and direction, since edge ids must be unique; the weight grows with the number of stating sentences.
 */
function mergeStatedRelations(relations: readonly StatedRelation[], index: SentenceIndex): LinkedEdge[] {
  const merged = new Map<string, { relation: StatedRelation; wordings: Set<string>; evidence: Set<string> }>();
  for (const relation of relations) {
    const id = edgeId(relation);
    let entry = merged.get(id);
    if (!entry) merged.set(id, (entry = { relation, wordings: new Set(), evidence: new Set() }));
    entry.wordings.add(relation.relation);
    relation.evidence.forEach((passage) => entry.evidence.add(passage));
  }
  return [...merged.values()].map(({ relation, wordings, evidence }) => {
    const passages = sortInReadingOrder([...evidence], index);
    return {
      source: relation.source,
      target: relation.target,
      kind: relation.kind,
      weight: 1 + passages.length,
      relation: [...wordings].sort(compareIds).join(' ; '),
      evidence: passages
    };
  });
}

function buildMentionEdges(
  keptNodes: readonly ExtractedNode[],
  keptIds: ReadonlySet<string>,
  occurrences: OccurrenceTable,
  index: SentenceIndex
): LinkedEdge[] {
  const edges: LinkedEdge[] = [];
  const documentNodes = new Set(keptNodes.filter((node) => node.type === 'document').map((node) => node.id));
  // Per document number: its node's id, or null when that node is not kept.
  const documentNode = index.documents.map((document) => (documentNodes.has(`doc:${document}`) ? `doc:${document}` : null));
  // The edge of the node being visited for each document: `edgeOf[d]` is valid where `owner[d]` is that node.
  const owner = new Int32Array(index.documents.length).fill(-1);
  const edgeOf = new Int32Array(index.documents.length);
  const { ids, nodeStart, occurrenceSentence, spanStart } = occurrences;
  for (let node = 0; node < ids.length; node++) {
    if (!keptIds.has(ids[node])) continue;
    for (let occurrence = nodeStart[node]; occurrence < nodeStart[node + 1]; occurrence++) {
      const position = occurrenceSentence[occurrence];
      const document = index.documentOf[position];
      const source = documentNode[document];
      if (source === null) continue;
      if (owner[document] !== node) {
        owner[document] = node;
        edgeOf[document] = edges.length;
        edges.push({ source, target: ids[node], kind: 'mention', weight: 0, relation: null, evidence: [] });
      }
      const edge = edges[edgeOf[document]];
      edge.weight += spanStart[occurrence + 1] - spanStart[occurrence];
      edge.evidence.push(index.sentences[position].id);
    }
  }
  return edges;
}

/** Passages the sentence array does not know (stated by another stage) go last, by id. */
function sortInReadingOrder(passages: string[], index: SentenceIndex): string[] {
  const rank = (passage: string) => index.positions.get(passage) ?? Number.MAX_SAFE_INTEGER;
  return passages.sort((a, b) => rank(a) - rank(b) || compareIds(a, b));
}
