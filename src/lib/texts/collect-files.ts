/**
 * Files as the page receives them (a drop of files or folders, a file or folder picker, pasted text) into
 * the pipeline's `SourceFile`s: named by their path inside what was given, "/" between folders, as the
 * CLI names a corpus folder's files. Hidden entries are left out, as the CLI leaves them out.
 */
import type { SourceFile } from '../pipeline/types';

const isHidden = (name: string) => name.split('/').some((part) => part.startsWith('.'));

async function toSourceFile(file: File, name: string): Promise<SourceFile> {
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function byName(a: SourceFile, b: SourceFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** A file picker's files; a folder picker gives each its path under the chosen folder. */
export async function filesFromList(list: FileList | readonly File[]): Promise<SourceFile[]> {
  const files = [...list].map((file) => ({ file, name: file.webkitRelativePath || file.name })).filter(({ name }) => !isHidden(name));
  return (await Promise.all(files.map(({ file, name }) => toSourceFile(file, name)))).sort(byName);
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** A directory reader answers in batches (100 in Chromium) until it answers none. */
async function children(entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = entry.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: SourceFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  const name = `${prefix}${entry.name}`;
  if (entry.isFile) out.push(await toSourceFile(await entryFile(entry as FileSystemFileEntry), name));
  else if (entry.isDirectory) for (const child of await children(entry as FileSystemDirectoryEntry)) await walk(child, `${name}/`, out);
}

/** Dropped files and folders, folders walked to their files. */
export async function filesFromDrop(transfer: DataTransfer): Promise<SourceFile[]> {
  // Entries must be taken before any await: the drop's data is only readable during the event.
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((entry) => entry === null)) return filesFromList(transfer.files);
  const out: SourceFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, '', out);
  return out.sort(byName);
}

/** Pasted text as a plain-text file, named so it sorts after earlier pastes. */
export function fileFromText(text: string, index: number): SourceFile {
  return { name: `texte-${String(index).padStart(2, '0')}.txt`, bytes: new TextEncoder().encode(text) };
}
