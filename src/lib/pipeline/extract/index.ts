/**
 * Extract: concepts, people, organisations and documents from segmented sentences, each with exact mentions.
 *
 * Order matters: terms a person added in curation claim their words first, then names (so "Le Monde" is a
 * newspaper, not the concept "monde"), and concepts are chunked from what is left.
 */
import { compareIds } from '../compare-ids';
import type { NodeType } from '../../graph/schema';
import { normalizeKey } from '../normalize-key';
import type { ExtractedNode, IngestedDocument, Lexicon, MentionSpan, Sentence, StatedRelation, Token } from '../types';
import { CONCEPT_DEFAULTS, extractConcepts, type ConceptOptions, type PreparedSentence } from './concepts';
import { entityKey, extractEntities, mentionOrder, type LocatedSpan, type MentionOrder } from './entities';
import { HONORIFICS_CASED } from './name-cues';
import { collectCorpusNames, findNameSpans } from './name-spans';
import { nameSalience } from './salience';
import { extractRelations } from './relations';
import { conceptKey, slugify } from './term-key';
import { createTokenClassifier } from './word-class';

export interface CuratedTerm {
  label: string;
  type: NodeType;
  forms: string[];
}

export interface ExtractOptions {
  concepts: ConceptOptions;
  /** Terms and names curation adds: matched wherever one of their forms occurs. */
  curatedTerms: readonly CuratedTerm[];
  /** Words curation keeps out of the graph. */
  excluded: readonly string[];
  /** Nouns never a concept on their own or as a term's head ("chose", "manière"). */
  fillerNouns: readonly string[];
}

export const EXTRACT_DEFAULTS: ExtractOptions = { concepts: CONCEPT_DEFAULTS, curatedTerms: [], excluded: [], fillerNouns: [] };

export interface Extraction {
  nodes: ExtractedNode[];
  relations: StatedRelation[];
}

export function extract(
  documents: readonly IngestedDocument[],
  sentences: readonly Sentence[],
  lexicon: Lexicon,
  options: Partial<ExtractOptions> = {}
): Extraction {
  const settings = { ...EXTRACT_DEFAULTS, ...options };
  const excluded = new Set(settings.excluded.map((word) => word.toLowerCase()));
  // An honorific ("Mme", "Mgr") only ever titles a person: never a concept, alone or as a term's head.
  const fillers = new Set([...settings.fillerNouns, ...HONORIFICS_CASED].map(conceptKey));
  const curatedMentions = new Map<CuratedTerm, MentionSpan[]>();
  const curatedPatterns = settings.curatedTerms.map((term) => ({ term, patterns: term.forms.map(formPattern) }));
  const prepared: PreparedSentence[] = [];
  const located: LocatedSpan[] = [];
  const classifyTokens = createTokenClassifier(lexicon, excluded);

  const headings = findHeadings(sentences);
  const corpusNames = collectCorpusNames(sentences.map((sentence) => sentence.tokens), lexicon);
  for (const sentence of sentences) {
    const claimed = new Array<boolean>(sentence.tokens.length).fill(false);
    for (const { term, patterns } of curatedPatterns) {
      if (patterns.length === 0) continue;
      for (const [first, last] of matchPatterns(sentence.tokens, patterns, claimed)) {
        const start = sentence.tokens[first].start;
        const end = sentence.tokens[last].end;
        const list = curatedMentions.get(term) ?? [];
        list.push({ passage: sentence.id, start, end, surface: sentence.text.slice(start, end) });
        curatedMentions.set(term, list);
      }
    }
    const classes = classifyTokens(sentence.tokens);
    const titleTerms: [number, number][] = [];
    for (const span of findNameSpans(sentence.tokens, lexicon, claimed, corpusNames)) {
      if (span.words.some((word) => excluded.has(word.toLowerCase()))) continue;
      if (span.reading === 'concept') {
        // A title-cased term ("Design Thinking", "Moyen Âge") is one term or none: its words feed no other.
        if (span.last > span.first) {
          for (let i = span.first; i <= span.last; i++) claimed[i] = true;
          titleTerms.push([span.first, span.last]);
        }
        continue;
      }
      for (let i = span.first; i <= span.last; i++) claimed[i] = true;
      // Titles and the like only claim their words; names go on to be typed over the corpus.
      if (span.reading === 'name' || span.reading === 'firstName') located.push({ sentence, span });
    }
    prepared.push({ sentence, classes, claimed, titleTerms, heading: headings.has(sentence.id) });
  }

  const order = mentionOrder(sentences);
  const nodes = mergeById(order, [
    ...extractConcepts(prepared, lexicon, fillers, settings.concepts),
    ...extractEntities(located, order),
    ...curatedNodes(curatedMentions, order),
    ...documents.map(documentNode)
  ]);
  const relations = [...extractRelations(sentences, nodes), ...authorshipRelations(documents, nodes)];
  return { nodes, relations };
}

/** Most words a heading has: longer is a sentence. */
const MAX_HEADING_WORDS = 14;

/**
 * Headings: a paragraph of one short sentence with no final full stop, not the document's title (the title
 * names the whole article, not one of its ideas, and is often a teaser).
 */
function findHeadings(sentences: readonly Sentence[]): Set<string> {
  const perParagraph = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    const key = `${sentence.document}#${sentence.paragraph}`;
    const list = perParagraph.get(key);
    if (list) list.push(sentence);
    else perParagraph.set(key, [sentence]);
  }
  const headings = new Set<string>();
  for (const [key, list] of perParagraph) {
    if (list.length !== 1 || key.endsWith('#0')) continue;
    const [sentence] = list;
    const words = sentence.tokens.filter((token) => token.kind === 'word').length;
    if (words > 0 && words <= MAX_HEADING_WORDS && !/[.!?…:;]\s*$/u.test(sentence.text)) headings.add(sentence.id);
  }
  return headings;
}

function formPattern(form: string): string[] {
  return form
    .split(/[\s’']+|(?<=’)/u)
    .filter(Boolean)
    .map(normalizeKey);
}

/** Token ranges where a pattern's words occur in order, not over tokens already claimed. */
function matchPatterns(tokens: readonly Token[], patterns: readonly string[][], claimed: boolean[]): [number, number][] {
  const found: [number, number][] = [];
  if (patterns.length === 0) return found;
  const keys = tokens.map((token) => normalizeKey(token.text).replace(/’$/u, ''));
  for (const pattern of patterns) {
    if (pattern.length === 0) continue;
    for (let i = 0; i + pattern.length <= tokens.length; i++) {
      const hit = pattern.every((word, k) => keys[i + k] === word.replace(/’$/u, '') && !claimed[i + k]);
      if (!hit) continue;
      for (let k = 0; k < pattern.length; k++) claimed[i + k] = true;
      found.push([i, i + pattern.length - 1]);
    }
  }
  return found;
}

function curatedNodes(mentions: Map<CuratedTerm, MentionSpan[]>, order: MentionOrder): ExtractedNode[] {
  return [...mentions.entries()].map(([term, spans]) => ({
    id: `${term.type}:${slugify(term.label)}`,
    label: term.label,
    type: term.type,
    aliases: [...new Set(spans.map((span) => span.surface))].filter((form) => form !== term.label).sort(),
    mentions: [...spans].sort(order),
    typeConfidence: 1,
    salience: Math.round(nameSalience(spans) * 1000) / 1000,
    curated: true
  }));
}

function documentNode(document: IngestedDocument): ExtractedNode {
  return {
    id: `doc:${document.id}`,
    label: document.title,
    type: 'document',
    aliases: [],
    mentions: [],
    typeConfidence: 1,
    salience: 0
  };
}

/** Nodes reached twice (a curated term that extraction also found) become one, mentions united. */
function mergeById(order: MentionOrder, nodes: ExtractedNode[]): ExtractedNode[] {
  const byId = new Map<string, ExtractedNode>();
  // Each stage hands its nodes with mentions in reading order; only nodes reached twice need sorting again.
  const merged = new Set<string>();
  for (const node of nodes) {
    let existing = byId.get(node.id);
    if (!existing) {
      byId.set(node.id, node);
      continue;
    }
    if (!merged.has(node.id)) {
      existing = { ...existing };
      byId.set(node.id, existing);
      merged.add(node.id);
    }
    const seen = new Set(existing.mentions.map((m) => `${m.passage}:${m.start}:${m.end}`));
    existing.mentions = [...existing.mentions, ...node.mentions.filter((m) => !seen.has(`${m.passage}:${m.start}:${m.end}`))];
    existing.aliases = [...new Set([...existing.aliases, node.label, ...node.aliases])].filter((a) => a !== existing.label).sort();
    existing.salience += node.salience;
    existing.typeConfidence = Math.max(existing.typeConfidence, node.typeConfidence);
    if (node.curated) existing.curated = true;
  }
  return [...byId.values()]
    .map((node) => (merged.has(node.id) ? { ...node, mentions: [...node.mentions].sort(order) } : node))
    .sort((a, b) => compareIds(a.id, b.id));
}

/**
 * A document's author: the person node with the author's name when the text names them (a signature),
 * else a new person node with no mentions, so every byline is in the graph.
 */
function authorshipRelations(documents: readonly IngestedDocument[], nodes: ExtractedNode[]): StatedRelation[] {
  const relations: StatedRelation[] = [];
  for (const document of documents) {
    if (!document.author) continue;
    const key = entityKey([document.author]);
    let author = nodes.find((node) => node.type === 'person' && [node.label, ...node.aliases].some((form) => entityKey([form]) === key));
    if (!author) {
      author = {
        id: `person:${slugify(document.author)}`,
        label: document.author,
        type: 'person',
        aliases: [],
        mentions: [],
        typeConfidence: 1,
        salience: 1
      };
      if (!nodes.some((node) => node.id === author?.id)) {
        nodes.push(author);
        nodes.sort((a, b) => compareIds(a.id, b.id));
      }
    }
    const inDocument = `${document.id}/`;
    relations.push({
      source: `doc:${document.id}`,
      target: author.id,
      kind: 'authorship',
      relation: 'auteur',
      evidence: [...new Set(author.mentions.filter((m) => m.passage.startsWith(inDocument)).map((m) => m.passage))]
    });
  }
  return relations;
}
