/**
 * The build worker: reads the user's files and builds their graph off the page's thread, telling the page
 * each step. The page cancels a build by terminating the worker, since the pipeline runs synchronously.
 * pdf.js parses PDFs in a worker of its own, started from this one; its code is not loaded here, since
 * loaded in a worker it takes that worker's messages for its own.
 */
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { sourceFormat } from '../../pipeline/ingest/file-kind';
import { parseLexiconBundle } from '../../pipeline/lexicon/lexicon-bundle';
import type { SourceFile } from '../../pipeline/types';
import { buildTexts, loadedLexicon, type LoadedLexicon } from './build-texts';
import { exportGraph } from './export-graph';
import type { WorkerEvent, WorkerRequest } from './protocol';
import { readTexts } from './read-texts';

/** pdf.js, loaded with the first PDF (the pipeline's reader imports the same module), told where its worker is. */
async function preparePdfJs(files: readonly SourceFile[]): Promise<void> {
  if (!files.some((file) => sourceFormat(file.name) === 'pdf')) return;
  const { GlobalWorkerOptions } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
}

const post = (event: WorkerEvent) => postMessage(event);

let lexicon: Promise<LoadedLexicon> | undefined;

async function fetchLexicon(url: string): Promise<LoadedLexicon> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`lexicon: ${url}: HTTP ${response.status}`);
  return loadedLexicon(parseLexiconBundle(await response.json(), url));
}

/** Kept for the worker's life: a second build in the same visit does not load it again. */
function loadLexicon(url: string): Promise<LoadedLexicon> {
  lexicon ??= fetchLexicon(url).catch((error: unknown) => {
    lexicon = undefined;
    throw error;
  });
  return lexicon;
}

async function handle(request: WorkerRequest): Promise<void> {
  if (request.type === 'prepare') {
    // A failure here is the build's to report, which asks again.
    loadLexicon(request.lexiconUrl).catch(() => undefined);
    return;
  }
  if (request.type === 'read') {
    await preparePdfJs(request.files);
    const texts = await readTexts(request.files, {
      onFile: (file, index, count) => post({ type: 'progress', step: { kind: 'read', file, index, count } })
    });
    post({ type: 'read', texts });
    return;
  }
  if (request.type === 'export') {
    post({ type: 'exported', file: exportGraph(request.graphJson, request.format) });
    return;
  }
  post({ type: 'progress', step: { kind: 'lexicon' } });
  const loaded = await loadLexicon(request.lexiconUrl);
  const { files, metadata, curation } = request;
  const built = buildTexts({ files, metadata, curation }, loaded, (stage) => post({ type: 'progress', step: { kind: 'stage', stage } }));
  post({ type: 'built', ...built });
}

onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
