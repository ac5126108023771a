/**
 * The first half of a browser build: each file's text read (PDF and DOCX through the pipeline's shared
 * reader) and looked at by ingest alone, so the page can list its title and author for editing, and say
 * which files cannot be used and why, before anything is built.
 */
import { ingest, readBinaryFiles } from '../../pipeline/ingest';
import type { ReadBinaryOptions } from '../../pipeline/ingest/read-binary';
import type { PipelineWarning, SourceFile } from '../../pipeline/types';
import type { ReadText } from './protocol';

/** Ingest's warnings start with its name and the file's: the file list already shows both. */
function reason(warning: PipelineWarning): string {
  const prefix = `ingest: ${JSON.stringify(warning.source)} `;
  const message = warning.message.startsWith(prefix) ? warning.message.slice(prefix.length) : warning.message;
  return message.replace(/^skipped: /u, '');
}

function lookAt(file: SourceFile): ReadText {
  const { documents, warnings } = ingest([file]);
  const notes = warnings.map(reason);
  const document = documents[0];
  if (!document) return { file, title: null, author: null, problem: notes.join('; ') || 'cannot be used', notes: [] };
  return { file, title: document.title, author: document.author, problem: null, notes };
}

export async function readTexts(files: readonly SourceFile[], options: ReadBinaryOptions = {}): Promise<ReadText[]> {
  const read = await readBinaryFiles(files, options);
  return read.map(lookAt);
}
