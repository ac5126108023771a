/**
 * The page's side of the build worker: one worker, started when first needed, asked to read files or to
 * build, each answer a promise. Cancelling terminates the worker (the pipeline cannot be interrupted from
 * inside) and the next request starts a fresh one; the lexicon is then fetched again, from the browser's cache.
 */
import type { SourceFile } from '../pipeline/types';
import type { BuildStep } from './progress';
import type { TextsBuild, TextsInput } from './worker/build-texts';
import type { ExportedFile, ExportFormat } from './worker/export-graph';
import type { ReadText, WorkerEvent, WorkerRequest } from './worker/protocol';

export class BuildCancelled extends Error {
  override name = 'BuildCancelled';
}

/** The worker's own messages; anything else on the channel is not an answer. */
const ANSWERS: ReadonlySet<string> = new Set<WorkerEvent['type']>(['progress', 'read', 'built', 'exported', 'failed']);

interface Pending {
  resolve: (event: WorkerEvent) => void;
  reject: (error: Error) => void;
}

export class BuildClient {
  #worker: Worker | undefined;
  #pending: Pending | undefined;
  #onStep: (step: BuildStep) => void;

  constructor(onStep: (step: BuildStep) => void) {
    this.#onStep = onStep;
  }

  get busy(): boolean {
    return this.#pending !== undefined;
  }

  #start(): Worker {
    const worker = new Worker(new URL('./worker/build-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => {
      const event = message.data;
      if (!ANSWERS.has(event?.type)) return;
      if (event.type === 'progress') return this.#onStep(event.step);
      const pending = this.#pending;
      this.#pending = undefined;
      if (event.type === 'failed') pending?.reject(new Error(event.message));
      else pending?.resolve(event);
    };
    worker.onerror = (error) => {
      const pending = this.#pending;
      this.#pending = undefined;
      pending?.reject(new Error(`build worker: ${error.message || 'failed to start'}`));
    };
    return worker;
  }

  #ask(request: WorkerRequest): Promise<WorkerEvent> {
    if (this.#pending) return Promise.reject(new Error('build worker: busy'));
    this.#worker ??= this.#start();
    const answer = new Promise<WorkerEvent>((resolve, reject) => (this.#pending = { resolve, reject }));
    this.#worker.postMessage(request);
    return answer;
  }

  /** Has the worker load the lexicon ahead of a build; asks for no answer, so a build may follow at once. */
  prepare(lexiconUrl: string): void {
    this.#worker ??= this.#start();
    this.#worker.postMessage({ type: 'prepare', lexiconUrl } satisfies WorkerRequest);
  }

  async read(files: SourceFile[]): Promise<ReadText[]> {
    const event = await this.#ask({ type: 'read', files });
    return event.type === 'read' ? event.texts : [];
  }

  async build(input: TextsInput, lexiconUrl: string): Promise<TextsBuild> {
    const event = await this.#ask({ type: 'build', ...input, lexiconUrl });
    if (event.type !== 'built') throw new Error('build worker: no graph');
    const { type: _type, ...built } = event;
    return built;
  }

  async export(graphJson: string, format: ExportFormat): Promise<ExportedFile> {
    const event = await this.#ask({ type: 'export', graphJson, format });
    if (event.type !== 'exported') throw new Error('build worker: no export');
    return event.file;
  }

  cancel(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.reject(new BuildCancelled('build cancelled'));
  }
}
