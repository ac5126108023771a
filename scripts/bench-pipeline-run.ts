/**
 * One benchmark run in its own process, so peak memory (maxRSS) belongs to that corpus size alone.
 * Prints one JSON line: bytes, timings per stage, total, peak memory, graph size.
 */
import { buildGraph } from '../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../src/lib/pipeline/lexicon/stopwords-fr';
import { readCorpus } from './lib/graph-files';
import { loadLexicon } from './lib/load-lexicon';

const folder = process.argv[2];
const corpus = await readCorpus(folder, () => {});
const lexicon = await loadLexicon();
const bytes = corpus.files.reduce((sum, file) => sum + file.bytes.length, 0);
const started = performance.now();
const result = buildGraph({ files: corpus.files, lexicon, fillerNouns: FILLER_NOUNS });
const totalMs = performance.now() - started;
console.log(
  JSON.stringify({
    bytes,
    totalMs,
    timings: result.timings,
    peakMb: process.resourceUsage().maxRSS / 1024,
    nodes: result.graph.nodes.length,
    edges: result.graph.edges.length
  })
);
