/**
 * The "Your texts" panel's state: the texts brought so far with their editable titles and authors, the
 * worker's progress, and the build. Titles and authors go to the pipeline only where the user changed what
 * ingest found, as a `corpus.json` would, so the CLI given the same corrections builds the same graph.
 */
import type { CorpusMetadata, SourceFile } from '../pipeline/types';
import { BuildCancelled, BuildClient } from './build-client';
import type { BuildStep } from './progress';
import type { TextsBuild } from './worker/build-texts';
import type { ExportedFile, ExportFormat } from './worker/export-graph';
import type { ReadText } from './worker/protocol';

export interface TextItem {
  read: ReadText;
  title: string;
  author: string;
}

export type Phase = 'idle' | 'reading' | 'building';

export class TextsState {
  items = $state<TextItem[]>([]);
  phase = $state<Phase>('idle');
  step = $state<BuildStep | null>(null);
  error = $state<string | null>(null);
  usable = $derived(this.items.filter((item) => item.read.problem === null));
  #client = new BuildClient((step) => (this.step = step));
  #pasted = 0;

  /** Reads new files; one named like a file already there replaces it. */
  async add(files: SourceFile[]): Promise<void> {
    if (files.length === 0 || this.phase !== 'idle') return;
    this.error = null;
    this.phase = 'reading';
    try {
      const texts = await this.#client.read(files);
      const names = new Set(texts.map((text) => text.file.name));
      const added = texts.map((read) => ({ read, title: read.title ?? '', author: read.author ?? '' }));
      this.items = [...this.items.filter((item) => !names.has(item.read.file.name)), ...added].sort((a, b) => (a.read.file.name < b.read.file.name ? -1 : 1));
    } catch (error) {
      if (!(error instanceof BuildCancelled)) this.error = (error as Error).message;
    } finally {
      this.phase = 'idle';
      this.step = null;
    }
  }

  pastedName(): number {
    this.#pasted += 1;
    return this.#pasted;
  }

  remove(name: string): void {
    this.items = this.items.filter((item) => item.read.file.name !== name);
  }

  /** The user's changes to titles and authors, in `corpus.json`'s shape; an emptied author means none. */
  metadata(): CorpusMetadata {
    const metadata: CorpusMetadata = {};
    for (const { read, title, author } of this.usable) {
      const entry: CorpusMetadata[string] = {};
      if (title.trim() !== '' && title.trim() !== read.title) entry.title = title.trim();
      const writtenAuthor = author.trim() === '' ? null : author.trim();
      if (writtenAuthor !== read.author) entry.author = writtenAuthor;
      if (Object.keys(entry).length > 0) metadata[read.file.name] = entry;
    }
    return metadata;
  }

  /** The graph of the usable texts, or null when cancelled or failed (then `error` says why). */
  async build(lexiconUrl: string): Promise<TextsBuild | null> {
    if (this.usable.length === 0 || this.phase !== 'idle') return null;
    this.error = null;
    this.phase = 'building';
    try {
      const files = this.usable.map((item) => $state.snapshot(item.read.file) as SourceFile);
      return await this.#client.build({ files, metadata: this.metadata() }, lexiconUrl);
    } catch (error) {
      if (!(error instanceof BuildCancelled)) this.error = (error as Error).message;
      return null;
    } finally {
      this.phase = 'idle';
      this.step = null;
    }
  }

  /** A graph in another format, written in the worker; null when it failed (then `error` says why). */
  async export(graphJson: string, format: ExportFormat): Promise<ExportedFile | null> {
    if (this.phase !== 'idle') return null;
    this.error = null;
    try {
      return await this.#client.export(graphJson, format);
    } catch (error) {
      this.error = (error as Error).message;
      return null;
    }
  }

  cancel(): void {
    this.#client.cancel();
  }

  /** The files and corrections a stored graph keeps, to rebuild or download them later. */
  sources(): { files: SourceFile[]; metadata: CorpusMetadata } {
    return { files: this.usable.map((item) => $state.snapshot(item.read.file) as SourceFile), metadata: this.metadata() };
  }
}
