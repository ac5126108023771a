/**
 * The CLI's file side: reading a corpus folder, corpus.json and curation.json, and writing the outputs.
 * Everything here names the file it is about, since these messages are what a user sees when a file is wrong.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphData } from '../../src/lib/graph/schema';
import { parseCuration, type Curation } from '../../src/lib/pipeline/curation';
import { toCsv } from '../../src/lib/pipeline/export/to-csv';
import { toGexf } from '../../src/lib/pipeline/export/to-gexf';
import { toGraphml } from '../../src/lib/pipeline/export/to-graphml';
import { toJson } from '../../src/lib/pipeline/export/to-json';
import { parseCorpusMetadata } from '../../src/lib/pipeline/ingest';
import type { CorpusMetadata, PipelineWarning, SourceFile } from '../../src/lib/pipeline/types';

export const METADATA_FILE = 'corpus.json';

export interface Corpus {
  files: SourceFile[];
  metadata: CorpusMetadata | undefined;
  warnings: PipelineWarning[];
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads every file of the corpus folder (not sub-folders); ingest decides which it can use. */
export async function readCorpus(folder: string, progress: (message: string) => void): Promise<Corpus> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new Error(isMissing(error) ? `${folder}: corpus folder not found` : `${folder}: ${(error as Error).message}`);
  }
  const names = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== METADATA_FILE)
    .map((entry) => entry.name)
    .sort();
  const files: SourceFile[] = [];
  const warnings: PipelineWarning[] = [];
  for (const [index, name] of names.entries()) {
    progress(`reading ${name} (${index + 1}/${names.length})`);
    try {
      files.push({ name, bytes: new Uint8Array(await readFile(join(folder, name))) });
    } catch (error) {
      warnings.push({ source: name, message: `cannot be read (${(error as Error).message}); skipped` });
    }
  }
  let metadata: CorpusMetadata | undefined;
  const metadataPath = join(folder, METADATA_FILE);
  try {
    metadata = parseCorpusMetadata(await readJson(metadataPath));
  } catch (error) {
    if (!isMissing(error)) throw new Error(`${metadataPath}: ${(error as Error).message.replace(`${metadataPath}: `, '')}`);
  }
  return { files, metadata, warnings };
}

/** The curation file, or undefined when there is none (a corpus needs no curation). */
export async function readCuration(path: string): Promise<Curation | undefined> {
  try {
    return parseCuration(await readJson(path), path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Writes each output atomically (temporary file, then rename), so a failed run never leaves half a graph. */
export async function writeOutputs(graph: GraphData, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const csv = toCsv(graph);
  const outputs: [string, string][] = [
    ['graph.json', toJson(graph)],
    ['graph.gexf', toGexf(graph)],
    ['graph.graphml', toGraphml(graph)],
    ['nodes.csv', csv.nodes],
    ['edges.csv', csv.edges]
  ];
  for (const [name, content] of outputs) {
    const path = join(folder, name);
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
  return outputs.map(([name]) => join(folder, name));
}
