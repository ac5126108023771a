/**
 * npm run graph -- [--corpus DIR] [--out DIR] [--curation FILE | --no-curation] [--max-corpus-mb N]
 *
 * Reads a corpus folder, builds the concept graph and writes graph.json, graph.gexf, graph.graphml,
 * nodes.csv and edges.csv. Progress and warnings go to stderr, the summary to stdout. Exit codes:
 * 0 built (possibly with skipped files), 1 nothing could be built, 2 bad arguments or configuration.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph, EmptyCorpusError, STAGES } from '../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../src/lib/pipeline/lexicon/stopwords-fr';
import { CURATION_FILE, MAX_CORPUS_BYTES, readCorpus, readCuration, type CurationChoice } from './lib/graph-files';
import { loadLexicon } from './lib/load-lexicon';
import { formatSummary } from './lib/summary';
import { checkWritable, writeOutputs } from './lib/write-outputs';

const USAGE =
  'usage: npm run graph -- [--corpus DIR] [--out DIR] [--curation FILE | --no-curation] [--max-corpus-mb N]\n' +
  '  the curation defaults to <corpus>/curation.json (none when that file is missing)';

interface Options {
  corpus: string;
  out: string;
  curation: CurationChoice;
  maxCorpusBytes: number;
}

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
  return { corpus: values.corpus, out: values.out, curation, maxCorpusBytes };
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
  progress('loading the French lexicon');
  const lexicon = await loadLexicon((message) => progress(message));

  let result;
  try {
    result = buildGraph({
      files: corpus.files,
      metadata: corpus.metadata,
      curation,
      curationSource: options.curation.path ?? undefined,
      lexicon,
      fillerNouns: FILLER_NOUNS,
      onStage: (stage) => progress(`${stage} (${STAGES.indexOf(stage) + 1}/${STAGES.length})`)
    });
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
