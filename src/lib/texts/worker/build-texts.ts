/**
 * The second half of a browser build: the pipeline, exactly as the CLI runs it, on files already read,
 * with the lexicon from the site's lexicon file; the graph comes back as graph.json's text.
 */
import { buildGraph, type Stage } from '../../pipeline/build-graph';
import { DEFAULT_CURATION_SOURCE } from '../../pipeline/curation/parse-curation';
import type { Curation } from '../../pipeline/curation/schema';
import { toJson } from '../../pipeline/export/to-json';
import type { LexiconBundle } from '../../pipeline/lexicon/lexicon-bundle';
import { lexiconFromBundle } from '../../pipeline/lexicon/lexicon-bundle';
import type { CorpusMetadata, Lexicon, PipelineWarning, SourceFile } from '../../pipeline/types';

export interface TextsBuild {
  graphJson: string;
  warnings: PipelineWarning[];
  /** For the "my graphs" list, so the page need not parse the graph to describe it. */
  counts: { documents: number; nodes: number };
  /** The first document's title, to name the graph by. */
  firstTitle: string;
}

export interface LoadedLexicon {
  lexicon: Lexicon;
  fillerNouns: readonly string[];
}

export function loadedLexicon(bundle: LexiconBundle): LoadedLexicon {
  return { lexicon: lexiconFromBundle(bundle), fillerNouns: bundle.fillerNouns };
}

export interface TextsInput {
  files: readonly SourceFile[];
  metadata: CorpusMetadata;
  /** The user's corrections, as the CLI reads them from curation.json. */
  curation?: Curation;
}

export function buildTexts({ files, metadata, curation }: TextsInput, { lexicon, fillerNouns }: LoadedLexicon, onStage?: (stage: Stage) => void): TextsBuild {
  const { graph, warnings } = buildGraph({ files, metadata, curation, curationSource: DEFAULT_CURATION_SOURCE, lexicon, fillerNouns, onStage });
  const nodes = graph.nodes.filter((node) => node.type !== 'document').length;
  return { graphJson: toJson(graph), warnings, counts: { documents: graph.documents.length, nodes }, firstTitle: graph.documents[0]?.title ?? '' };
}
