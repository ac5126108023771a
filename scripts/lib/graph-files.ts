/**
 * The CLI's input side: reading a corpus folder, corpus.json and curation.json (writing is write-outputs.ts).
 * Everything here names the file it is about, since these messages are what a user sees when a file is wrong.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCuration, type Curation } from '../../src/lib/pipeline/curation';
import { parseCorpusMetadata, readBinaryFiles } from '../../src/lib/pipeline/ingest';
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

/** Why a directory entry is not read as a document, or null when it is a file (directly or through a link). */
type EntryKind = 'file' | 'folder' | { skipped: string };

async function entryKind(entry: Dirent, path: string): Promise<EntryKind> {
  if (entry.name.startsWith('.')) return { skipped: 'hidden (its name starts with ".")' };
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return { skipped: 'not a regular file (a device, socket or pipe)' };
  try {
    const target = await stat(path);
    if (target.isFile()) return 'file';
    // Followed folder links can loop, and a corpus is one tree: the user links files, or copies the folder.
    return { skipped: target.isDirectory() ? 'symbolic link to a folder (not followed; link its files instead)' : 'symbolic link to something that is not a file' };
  } catch (error) {
    return { skipped: `broken symbolic link (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

/**
 * The corpus's files as paths relative to `root` with "/" between folders, sub-folders included, sorted;
 * each entry left out is named with its reason in `skipped`.
 */
async function listCorpusFiles(root: string, relative: string, skipped: PipelineWarning[]): Promise<string[]> {
  const entries = (await readdir(join(root, relative), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (CORPUS_CONFIG_FILES.has(name)) continue;
    const kind = await entryKind(entry, join(root, name));
    if (kind === 'file') files.push(name);
    else if (kind === 'folder') {
      try {
        for (const file of await listCorpusFiles(root, name, skipped)) files.push(file);
      } catch (error) {
        skipped.push({ source: `${name}/`, message: `folder cannot be read (${(error as Error).message}); skipped` });
      }
    } else skipped.push({ source: name, message: `skipped: ${kind.skipped}` });
  }
  return files;
}

/** Where pdf.js finds the standard fonts' metrics in Node: the folder its package ships them in. */
function standardFontDataUrl(): string {
  return `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
}

async function readMetadata(folder: string): Promise<CorpusMetadata | undefined> {
  const metadataPath = join(folder, METADATA_FILE);
  try {
    return parseCorpusMetadata(await readJson(metadataPath), metadataPath);
  } catch (error) {
    // Every message already starts with the file's path.
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Reads every file of the corpus folder and its sub-folders (ingest decides which it can use), and the
 * text of its PDF and DOCX files.
 */
export async function readCorpus(
  folder: string,
  progress: (message: string) => void,
  maxBytes: number = MAX_CORPUS_BYTES
): Promise<Corpus> {
  const warnings: PipelineWarning[] = [];
  let names;
  try {
    names = await listCorpusFiles(folder, '', warnings);
  } catch (error) {
    if (isMissing(error)) throw new Error(`${folder}: corpus folder not found`);
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new Error(`${folder}: is a file, not a corpus folder`);
    throw new Error(`${folder}: ${(error as Error).message}`);
  }
  await checkCorpusSize(folder, names, maxBytes);
  const files: SourceFile[] = [];
  for (const [index, name] of names.entries()) {
    progress(`reading ${name} (${index + 1}/${names.length})`);
    try {
      files.push({ name, bytes: new Uint8Array(await readFile(join(folder, name))) });
    } catch (error) {
      warnings.push({ source: name, message: `cannot be read (${(error as Error).message}); skipped` });
    }
  }
  const metadata = await readMetadata(folder);
  const read = await readBinaryFiles(files, {
    pdf: { standardFontDataUrl: standardFontDataUrl() },
    onFile: (name, index, count) => progress(`reading the text of ${name} (${index + 1}/${count})`)
  });
  return { files: read, metadata, warnings };
}

async function sumSizes(folder: string, names: readonly string[]): Promise<number> {
  let total = 0;
  for (const name of names) {
    try {
      total += (await stat(join(folder, name))).size;
    } catch {
      // Unreadable entries are reported, and skipped, when they are read.
    }
  }
  return total;
}

/** The bytes of the files a run would read, from the directory alone; null when the folder cannot be listed. */
export async function corpusSize(folder: string): Promise<number | null> {
  try {
    return await sumSizes(folder, await listCorpusFiles(folder, '', []));
  } catch {
    return null;
  }
}

/** Sizes from the directory alone, before any file is read, so an oversized corpus fails in a second. */
async function checkCorpusSize(folder: string, names: readonly string[], maxBytes: number): Promise<void> {
  const total = await sumSizes(folder, names);
  if (total > maxBytes) {
    const [size, limit] = formatSizes(total, maxBytes);
    throw new Error(
      `${folder}: the corpus is ${size}, more than the ${limit} one run can build; split it into several corpora or raise the limit with --max-corpus-mb`
    );
  }
}

export function formatSize(bytes: number, digits = 1): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', 1024 * 1024] : ['kB', 1024];
  return `${(bytes / size).toFixed(digits).replace(/\.0+$/, '')} ${unit}`;
}

/** Two sizes that differ in print: "64 MB, more than 64 MB" says nothing. */
function formatSizes(a: number, b: number): [string, string] {
  for (const digits of [1, 2, 3]) {
    if (formatSize(a, digits) !== formatSize(b, digits)) return [formatSize(a, digits), formatSize(b, digits)];
  }
  return [`${a} bytes`, `${b} bytes`];
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
