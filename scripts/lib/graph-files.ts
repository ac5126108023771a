/**
 * The CLI's file side: reading a corpus folder, corpus.json and curation.json, and writing the outputs.
 * Everything here names the file it is about, since these messages are what a user sees when a file is wrong.
 */
import type { Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GraphData } from '../../src/lib/graph/schema';
import { parseCuration, type Curation } from '../../src/lib/pipeline/curation';
import { toCsv } from '../../src/lib/pipeline/export/to-csv';
import { toGexf } from '../../src/lib/pipeline/export/to-gexf';
import { toGraphml } from '../../src/lib/pipeline/export/to-graphml';
import { toJson } from '../../src/lib/pipeline/export/to-json';
import { parseCorpusMetadata, readBinaryFiles } from '../../src/lib/pipeline/ingest';
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
    if (name === METADATA_FILE) continue;
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
    return parseCorpusMetadata(await readJson(metadataPath));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new Error(`${metadataPath}: ${(error as Error).message.replace(`${metadataPath}: `, '')}`);
  }
}

/**
 * Reads every file of the corpus folder and its sub-folders (ingest decides which it can use), and the
 * text of its PDF and DOCX files.
 */
export async function readCorpus(folder: string, progress: (message: string) => void): Promise<Corpus> {
  const warnings: PipelineWarning[] = [];
  let names;
  try {
    names = await listCorpusFiles(folder, '', warnings);
  } catch (error) {
    throw new Error(isMissing(error) ? `${folder}: corpus folder not found` : `${folder}: ${(error as Error).message}`);
  }
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
