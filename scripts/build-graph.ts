/**
 * npm run graph -- [--corpus DIR] [--out DIR] [--curation FILE]
 *
 * Reads a corpus folder, builds the concept graph and writes graph.json, graph.gexf, graph.graphml,
 * nodes.csv and edges.csv. Progress and warnings go to stderr, the summary to stdout. Exit codes:
 * 0 built (possibly with skipped files), 1 nothing could be built, 2 bad arguments or configuration.
 */
import { parseArgs } from 'node:util';
import { buildGraph, EmptyCorpusError, STAGES } from '../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../src/lib/pipeline/lexicon/stopwords-fr';
import { readCorpus, readCuration, writeOutputs } from './lib/graph-files';
import { loadLexicon } from './lib/load-lexicon';
import { formatSummary } from './lib/summary';

const USAGE = 'usage: npm run graph -- [--corpus DIR] [--out DIR] [--curation FILE]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        corpus: { type: 'string', default: 'graph-data/corpus' },
        out: { type: 'string', default: 'graph-data' },
        curation: { type: 'string', default: 'graph-data/curation.json' },
        help: { type: 'boolean', short: 'h', default: false }
      },
      allowPositionals: false
    }));
  } catch (error) {
    console.error(`graph: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const progress = (message: string) => process.stderr.write(`graph: ${message}\n`);

  let corpus;
  let curation;
  try {
    corpus = await readCorpus(values.corpus, progress);
    curation = await readCuration(values.curation);
  } catch (error) {
    console.error(`graph: ${(error as Error).message}`);
    return 2;
  }
  progress('loading the French lexicon');
  const lexicon = await loadLexicon();

  let result;
  try {
    result = buildGraph({
      files: corpus.files,
      metadata: corpus.metadata,
      curation,
      lexicon,
      fillerNouns: FILLER_NOUNS,
      onStage: (stage) => progress(`${stage} (${STAGES.indexOf(stage) + 1}/${STAGES.length})`)
    });
  } catch (error) {
    if (error instanceof EmptyCorpusError) {
      console.error(`graph: ${values.corpus}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  for (const warning of [...corpus.warnings, ...result.warnings]) {
    console.error(`graph: warning: ${warning.source}: ${warning.message}`);
  }
  const written = await writeOutputs(result.graph, values.out);
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
