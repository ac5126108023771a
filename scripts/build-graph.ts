/**
 * npm run graph -- [--corpus DIR] [--out DIR] [--curation FILE | --no-curation] [--max-corpus-mb N] [--max-memory-mb N]
 *
 * Reads a corpus folder, builds the concept graph and writes graph.json, graph.gexf, graph.graphml,
 * nodes.csv and edges.csv. Progress and warnings go to stderr, the summary to stdout. Exit codes:
 * 0 built (possibly with skipped files), 1 nothing could be built, 2 bad arguments or configuration.
 *
 * The build runs in a second Node process whose heap is sized to the corpus (see memory-budget.ts): a
 * corpus the machine cannot hold is refused before any work, and one that outgrows its budget ends on a
 * line saying so rather than on V8's crash report alone.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph, EmptyCorpusError, STAGES } from '../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../src/lib/pipeline/lexicon/stopwords-fr';
import type { Curation } from '../src/lib/pipeline/curation';
import { corpusSize, CURATION_FILE, formatSize, MAX_CORPUS_BYTES, readCorpus, readCuration, type Corpus, type CurationChoice } from './lib/graph-files';
import { loadLexicon } from './lib/load-lexicon';
import { availableMemoryMb, heapBudgetMb, RUNTIME_OVERHEAD_MB } from './lib/memory-budget';
import { formatSummary } from './lib/summary';
import { checkWritable, writeOutputs } from './lib/write-outputs';

const USAGE =
  'usage: npm run graph -- [--corpus DIR] [--out DIR] [--curation FILE | --no-curation] [--max-corpus-mb N] [--max-memory-mb N]\n' +
  '  the curation defaults to <corpus>/curation.json (none when that file is missing)';

interface Options {
  corpus: string;
  out: string;
  curation: CurationChoice;
  maxCorpusBytes: number;
  /** The build's heap in MB, when given rather than sized to the corpus. */
  maxMemoryMb: number | null;
}

/** Set in the build's own process, to the heap it was given. */
const HEAP_ENV = 'CONCEPT_GRAPH_HEAP_MB';

/** The options resolved and checked once; a wrong one is one line and exit 2. */
function resolveOptions(args: string[]): Options | { help: true } {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string', default: 'graph-data/corpus' },
      out: { type: 'string', default: 'graph-data' },
      curation: { type: 'string' },
      'no-curation': { type: 'boolean', default: false },
      'max-corpus-mb': { type: 'string' },
      'max-memory-mb': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    },
    allowPositionals: false
  });
  if (values.help) return { help: true };
  if (values.curation !== undefined && values['no-curation']) throw new Error('--curation and --no-curation exclude each other');
  const curation: CurationChoice = values['no-curation']
    ? { path: null, explicit: true }
    : values.curation !== undefined
      ? { path: values.curation, explicit: true }
      : { path: join(values.corpus, CURATION_FILE), explicit: false };
  let maxCorpusBytes = MAX_CORPUS_BYTES;
  if (values['max-corpus-mb'] !== undefined) {
    const megabytes = Number(values['max-corpus-mb']);
    if (!(megabytes > 0)) throw new Error(`--max-corpus-mb must be a positive number of megabytes, not "${values['max-corpus-mb']}"`);
    maxCorpusBytes = megabytes * 1024 * 1024;
  }
  let maxMemoryMb = null;
  if (values['max-memory-mb'] !== undefined) {
    maxMemoryMb = Number(values['max-memory-mb']);
    if (!Number.isInteger(maxMemoryMb) || maxMemoryMb <= 0) throw new Error(`--max-memory-mb must be a whole number of megabytes, not "${values['max-memory-mb']}"`);
  }
  return { corpus: values.corpus, out: values.out, curation, maxCorpusBytes, maxMemoryMb };
}

/** Sizes the heap, checks the machine has it, and runs the build in a process that has it. */
async function launch(options: Options): Promise<number> {
  const bytes = (await corpusSize(options.corpus)) ?? 0;
  const budget = options.maxMemoryMb ?? heapBudgetMb(bytes);
  const available = availableMemoryMb();
  if (budget + RUNTIME_OVERHEAD_MB > available) {
    console.error(
      `graph: ${options.corpus}: building ${formatSize(bytes)} of text needs about ${budget + RUNTIME_OVERHEAD_MB} MB of memory, more than the ${available} MB this machine has; ` +
        (options.maxMemoryMb === null ? 'split it into several corpora' : 'lower --max-memory-mb')
    );
    return 2;
  }
  const args = [...process.execArgv, `--max-old-space-size=${budget}`, process.argv[1], ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [HEAP_ENV]: String(budget) } });
  // A stop asked of this process (kill, a CI timeout) must stop the build too, not leave it running alone.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  // V8 aborts when the heap is full.
  if (signal === 'SIGABRT' || code === 134) {
    console.error(
      `graph: ${options.corpus}: the build ran out of memory (${budget} MB for ${formatSize(bytes)} of text); split the corpus, or give it more with --max-memory-mb ${budget * 2}`
    );
    return 1;
  }
  return code ?? 1;
}

/**
 * The lexicon is loaded here and let go on return: on a large corpus the outputs are written next, and its
 * table is memory they can use.
 */
async function build(options: Options, corpus: Corpus, curation: Curation | undefined, progress: (message: string) => void) {
  progress('loading the French lexicon');
  const lexicon = await loadLexicon((message) => progress(message));
  return buildGraph({
    files: corpus.files,
    metadata: corpus.metadata,
    curation,
    curationSource: options.curation.path ?? undefined,
    lexicon,
    fillerNouns: FILLER_NOUNS,
    onStage: (stage) => progress(`${stage} (${STAGES.indexOf(stage) + 1}/${STAGES.length})`)
  });
}

async function main(): Promise<number> {
  let options;
  try {
    options = resolveOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`graph: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if ('help' in options) {
    console.log(USAGE);
    return 0;
  }
  if (process.env[HEAP_ENV] === undefined) return launch(options);
  const started = performance.now();
  const progress = (message: string) => process.stderr.write(`graph: ${message}\n`);

  let corpus;
  let curation;
  try {
    corpus = await readCorpus(options.corpus, progress, options.maxCorpusBytes);
    curation = await readCuration(options.curation);
    // Before the build, which takes the time: a run should not end on "permission denied".
    await checkWritable(options.out);
  } catch (error) {
    console.error(`graph: ${(error as Error).message}`);
    return 2;
  }
  let result;
  try {
    result = await build(options, corpus, curation, progress);
  } catch (error) {
    if (error instanceof EmptyCorpusError) {
      console.error(`graph: ${options.corpus}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  for (const warning of [...corpus.warnings, ...result.warnings]) {
    console.error(`graph: warning: ${warning.source}: ${warning.message}`);
  }
  let written;
  try {
    written = await writeOutputs(result.graph, options.out);
  } catch (error) {
    console.error(`graph: ${(error as Error).message}`);
    return 1;
  }
  progress(`wrote ${written.join(', ')}`);
  console.log(formatSummary(result.graph, result.timings, performance.now() - started));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`graph: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
);
