/**
 * Messages between the page and the build worker. Everything here is structured-clonable plain data; the
 * graph comes back as the text graph.json's writer made, so what is stored and downloaded is byte for byte
 * what the CLI would write.
 */
import type { SourceFile } from '../../pipeline/types';
import type { BuildStep } from '../progress';
import type { TextsBuild, TextsInput } from './build-texts';
import type { ExportedFile, ExportFormat } from './export-graph';

/** A file as read from the corpus, with what the worker found in it, before the build. */
export interface ReadText {
  /** The file, PDF and DOCX carrying their extracted text, ready to build from. */
  file: SourceFile;
  /** What ingest takes for the title and author (from the file's metadata or its text); null when unusable. */
  title: string | null;
  author: string | null;
  /** Why the file cannot be used, in ingest's words; null when it builds. */
  problem: string | null;
  /** Things to know that do not stop it (another language, a doubtful encoding). */
  notes: string[];
}

export type WorkerRequest =
  | { type: 'read'; files: SourceFile[] }
  | ({ type: 'build'; lexiconUrl: string } & TextsInput)
  | { type: 'export'; graphJson: string; format: ExportFormat }
  /** Load the lexicon now, for a build about to be asked (a correction being typed); no answer. */
  | { type: 'prepare'; lexiconUrl: string };

export type WorkerEvent =
  | { type: 'progress'; step: BuildStep }
  | { type: 'read'; texts: ReadText[] }
  | ({ type: 'built' } & TextsBuild)
  | { type: 'exported'; file: ExportedFile }
  | { type: 'failed'; message: string };
