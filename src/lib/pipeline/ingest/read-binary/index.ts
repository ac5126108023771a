/**
 * Reading PDF and DOCX files into text, the one asynchronous step of ingest: the libraries that read these
 * formats are asynchronous, the pipeline (`buildGraph`) is not. A shell (the CLI, a browser worker) calls
 * this on the corpus's files first; each PDF or DOCX comes back with its text (or the reason it cannot be
 * read) attached, and ingest then treats it like any other document, reporting a failed file by name
 * while the rest of the corpus builds. Other files pass through untouched. No Node or browser API here.
 */
import type { SourceFile } from '../../types';
import { isBinaryFormat, sourceFormat } from '../file-kind';
import { readDocx } from './docx';
import { readPdf, type PdfOptions } from './pdf';

export interface ReadBinaryOptions {
  pdf?: PdfOptions;
  /** Told before each PDF or DOCX file is read, for progress output. */
  onFile?: (name: string, index: number, count: number) => void;
}

/** `files` in the same order, each PDF and DOCX carrying what was read from it. */
export async function readBinaryFiles(files: readonly SourceFile[], options: ReadBinaryOptions = {}): Promise<SourceFile[]> {
  const binary = files.filter((file) => isBinaryFormat(sourceFormat(file.name)));
  const out: SourceFile[] = [];
  for (const file of files) {
    const format = sourceFormat(file.name);
    if (!isBinaryFormat(format) || file.extracted !== undefined) {
      out.push(file);
      continue;
    }
    options.onFile?.(file.name, binary.indexOf(file), binary.length);
    try {
      const extracted = format === 'pdf' ? await readPdf(file.bytes, options.pdf) : await readDocx(file.bytes);
      out.push({ ...file, extracted });
    } catch (error) {
      // A reader's bug must cost one file, not the corpus, and reach the user with its message.
      out.push({ ...file, extracted: { ok: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}` } });
    }
  }
  return out;
}
