/**
 * The whole pipeline, from the corpus's files to the graph file: ingest → segment → extract → resolve
 * (curation) → link → cluster → layout → assemble. Pure like its stages: the CLI reads the files and the
 * lexicon and writes the outputs; a browser could run the same function.
 */
import type { GraphData } from '../graph/schema';
import { assembleGraph } from './assemble-graph';
import { cluster, type ClusterOptions } from './cluster';
import { applyCuration, curateClusters, curatedTerms, excludedWords, type Curation } from './curation';
import { extract, type Extraction } from './extract';
import { CONCEPT_DEFAULTS, type ConceptOptions } from './extract/concepts';
import { ingest } from './ingest';
import { respellBrokenAccents } from './ingest/respell';
import { layout } from './layout';
import { link, type LinkOptions } from './link';
import { forgetNormalizedKeys } from './normalize-key';
import { segment } from './segment';
import type {
  CorpusMetadata,
  ExtractedNode,
  IngestedDocument,
  Lexicon,
  PipelineWarning,
  Sentence,
  SourceFile,
  StatedRelation
} from './types';

import { STAGES, type Stage } from './stages';

export { STAGES, type Stage };

export interface PipelineOptions {
  concepts: ConceptOptions;
  link: Partial<LinkOptions>;
  cluster: Partial<ClusterOptions>;
  layout: { seed?: number; iterations?: number };
}

export const PIPELINE_DEFAULTS: PipelineOptions = { concepts: CONCEPT_DEFAULTS, link: {}, cluster: {}, layout: {} };

export interface BuildInput {
  files: readonly SourceFile[];
  lexicon: Lexicon;
  /** Nouns never a concept on their own or as a term's head. */
  fillerNouns: readonly string[];
  metadata?: CorpusMetadata;
  curation?: Curation;
  /** The curation's file, named in its warnings. */
  curationSource?: string;
  options?: Partial<PipelineOptions>;
  /** Told when each stage starts, for progress output. */
  onStage?: (stage: Stage) => void;
}

export interface BuildResult {
  graph: GraphData;
  warnings: PipelineWarning[];
  /** Milliseconds per stage. */
  timings: Record<Stage, number>;
}

type StageRunner = <T>(stage: Stage, work: () => T) => T;

/**
 * Segments and extracts, and hands back the sentences without their tokens: tokens are only extraction's
 * business and most of a large corpus's memory, so they are let go before linking.
 */
function segmentAndExtract(
  documents: IngestedDocument[],
  input: BuildInput,
  options: PipelineOptions,
  curation: Curation,
  run: StageRunner
): { passages: Sentence[]; extraction: Extraction } {
  const sentences = run('segment', () => segment(documents));
  const extraction = run('extract', () =>
    extract(documents, sentences, input.lexicon, {
      concepts: options.concepts,
      curatedTerms: curatedTerms(curation),
      excluded: excludedWords(curation),
      fillerNouns: input.fillerNouns
    })
  );
  return { passages: sentences.map((sentence) => ({ ...sentence, tokens: [] })), extraction };
}

/**
 * Relations name nodes as extraction made them; after curation merged some away, point each relation at the
 * node that absorbed its end, and drop those whose end curation removed.
 */
function followMerges(relations: StatedRelation[], kept: readonly ExtractedNode[], mergedInto: Record<string, string>): StatedRelation[] {
  const current = new Set(kept.map((node) => node.id));
  const resolve = (id: string) => (current.has(id) ? id : mergedInto[id]);
  return relations.flatMap((relation) => {
    const source = resolve(relation.source);
    const target = resolve(relation.target);
    return source && target && source !== target ? [{ ...relation, source, target }] : [];
  });
}

export class EmptyCorpusError extends Error {
  override name = 'EmptyCorpusError';
}

export function buildGraph(input: BuildInput): BuildResult {
  try {
    return runPipeline(input);
  } finally {
    forgetNormalizedKeys();
  }
}

function runPipeline(input: BuildInput): BuildResult {
  const options = { ...PIPELINE_DEFAULTS, ...input.options };
  const timings = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const run: StageRunner = (stage, work) => {
    input.onStage?.(stage);
    const started = performance.now();
    const result = work();
    timings[stage] = performance.now() - started;
    return result;
  };
  const curation = input.curation ?? {};

  const ingested = run('ingest', () => {
    const result = ingest([...input.files], input.metadata);
    return { ...result, documents: respellBrokenAccents(result.documents, input.lexicon) };
  });
  const warnings = [...ingested.warnings];
  if (ingested.documents.length === 0) {
    const reasons = warnings.map((warning) => `  ${warning.source}: ${warning.message}`).join('\n');
    throw new EmptyCorpusError(`pipeline: the corpus has no usable document${reasons ? `:\n${reasons}` : ''}`);
  }
  const { passages, extraction } = segmentAndExtract(ingested.documents, input, options, curation, run);
  const resolved = run('resolve', () => applyCuration(extraction.nodes, curation, input.curationSource));
  // A loop, not push(...): a curation of 100,000 stale entries is as many warnings, past the call-stack limit.
  for (const warning of resolved.warnings) warnings.push(warning);
  const relations = followMerges(extraction.relations, resolved.nodes, resolved.mergedInto);
  const linked = run('link', () => link(resolved.nodes, passages, relations, options.link));
  const clustering = run('cluster', () => {
    const built = cluster(linked.nodes, linked.edges, options.cluster);
    const curated = curateClusters(built.clusters, built.assignment, linked.nodes, curation, input.curationSource);
    for (const warning of curated.warnings) warnings.push(warning);
    return { ...built, clusters: curated.clusters };
  });
  const positions = run('layout', () =>
    layout(
      linked.nodes.map((node) => node.id),
      linked.edges,
      clustering.assignment,
      options.layout
    )
  );
  // The graph is checked against the schema where it is written (toJson) and by the contract tests.
  const graph = run('assemble', () =>
    assembleGraph({
      documents: ingested.documents,
      sentences: passages,
      nodes: linked.nodes,
      edges: linked.edges,
      clusters: clustering.clusters,
      assignment: clustering.assignment,
      centrality: clustering.centrality,
      positions,
      modularity: clustering.modularity
    })
  );
  return { graph, warnings, timings };
}
