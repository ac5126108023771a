/** Test helpers: read a corpus folder as the CLI does and build its graph with the real lexicon. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphData, GraphNode } from '../../../src/lib/graph/schema';
import { buildGraph, type BuildResult } from '../../../src/lib/pipeline/build-graph';
import { extract, type Extraction } from '../../../src/lib/pipeline/extract';
import { ingest } from '../../../src/lib/pipeline/ingest';
import { segment } from '../../../src/lib/pipeline/segment';
import type { Curation } from '../../../src/lib/pipeline/curation';
import { FILLER_NOUNS } from '../../../src/lib/pipeline/lexicon/stopwords-fr';
import type { Lexicon, SourceFile } from '../../../src/lib/pipeline/types';
import { CORPUS_CONFIG_FILES } from '../../../scripts/lib/graph-files';
import { loadLexicon } from '../../../scripts/lib/load-lexicon';

let lexicon: Promise<Lexicon> | undefined;

/** The real Lefff-based lexicon, loaded once per test file. */
export function realLexicon(): Promise<Lexicon> {
  lexicon ??= loadLexicon();
  return lexicon;
}

export function readFolder(folder: string): SourceFile[] {
  return readdirSync(folder)
    .filter((name) => !CORPUS_CONFIG_FILES.has(name))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

export function sourceFile(name: string, text: string): SourceFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export async function buildFrom(files: SourceFile[], curation?: Curation): Promise<BuildResult> {
  return buildGraph({ files, lexicon: await realLexicon(), fillerNouns: FILLER_NOUNS, curation });
}

/** Extraction alone (before linking prunes the graph to what is readable). */
export async function extractFrom(files: SourceFile[]): Promise<Extraction> {
  const { documents } = ingest(files);
  return extract(documents, segment(documents), await realLexicon(), { fillerNouns: FILLER_NOUNS });
}

export function nodeByLabel(graph: GraphData, label: string): GraphNode | undefined {
  const wanted = label.toLowerCase();
  return graph.nodes.find((node) => node.label.toLowerCase() === wanted || node.aliases.some((a) => a.toLowerCase() === wanted));
}

/** The text each mention points at, read from the passages as the explorer reads it. */
export function mentionTexts(graph: GraphData, node: GraphNode): string[] {
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  return node.mentions.map((mention) => passages.get(mention.passage)!.text.slice(mention.start, mention.end));
}
