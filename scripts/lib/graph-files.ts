/**
 * The CLI's input side: reading a corpus folder, corpus.json and curation.json (writing is write-outputs.ts).
 * Everything here names the file it is about, since these messages are what a user sees when a file is wrong.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphData } from '../../src/lib/graph/schema';
import { parseCuration, type Curation } from '../../src/lib/pipeline/curation';
import { parseCorpusMetadata } from '../../src/lib/pipeline/ingest';
import type { CorpusMetadata, PipelineWarning, SourceFile } from '../../src/lib/pipeline/types';

export const METADATA_FILE = 'corpus.json';
export const CURATION_FILE = 'curation.json';
/** Files of the corpus folder that configure it and are never read as texts. */
export const CORPUS_CONFIG_FILES: ReadonlySet<string> = new Set([METADATA_FILE, CURATION_FILE]);

/**
 * The most text one run builds. A 100 MB corpus peaked at 3.9 GB and about 170 MB would overflow V8's
 * longest string while writing the graph, both after minutes: refusing at the start costs nothing.
 */
export const MAX_CORPUS_BYTES = 64 * 1024 * 1024;

export interface Corpus {
  files: SourceFile[];
  metadata: CorpusMetadata | undefined;
  warnings: PipelineWarning[];
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

async function readJson(path: string): Promise<unknown> {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // A missing file is the caller's call (often fine); anything else gets the file's name.
    if (isMissing(error)) throw error;
    throw new Error(`${path}: cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads every file of the corpus folder (not sub-folders); ingest decides which it can use. */
export async function readCorpus(
  folder: string,
  progress: (message: string) => void,
  maxBytes: number = MAX_CORPUS_BYTES
): Promise<Corpus> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new Error(isMissing(error) ? `${folder}: corpus folder not found` : `${folder}: ${(error as Error).message}`);
  }
  const names = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !CORPUS_CONFIG_FILES.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  await checkCorpusSize(folder, names, maxBytes);
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
    metadata = parseCorpusMetadata(await readJson(metadataPath), metadataPath);
  } catch (error) {
    // Every message already starts with the file's path.
    if (!isMissing(error)) throw error;
  }
  return { files, metadata, warnings };
}

/** Sizes from the directory alone, before any file is read, so an oversized corpus fails in a second. */
async function checkCorpusSize(folder: string, names: readonly string[], maxBytes: number): Promise<void> {
  let total = 0;
  for (const name of names) {
    try {
      total += (await stat(join(folder, name))).size;
    } catch {
      // Unreadable entries are reported, and skipped, when they are read.
    }
  }
  if (total > maxBytes) {
    throw new Error(
      `${folder}: the corpus is ${formatSize(total)}, more than the ${formatSize(maxBytes)} one run can build; split it into several corpora or raise the limit with --max-corpus-mb`
    );
  }
}

function formatSize(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', 1024 * 1024] : ['kB', 1024];
  return `${(bytes / size).toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/**
 * Which curation applies: an explicit `--curation FILE` must exist (a typo would otherwise build an uncurated
 * graph over the curated one); the default, `<corpus>/curation.json`, may be missing.
 */
export interface CurationChoice {
  path: string | null;
  explicit: boolean;
}

export async function readCuration(choice: CurationChoice): Promise<Curation | undefined> {
  if (choice.path === null) return undefined;
  try {
    return parseCuration(await readJson(choice.path), choice.path);
  } catch (error) {
    if (!isMissing(error)) throw error;
    if (choice.explicit) throw new Error(`${choice.path}: curation file not found (use --no-curation to build without one)`);
    return undefined;
  }
}
