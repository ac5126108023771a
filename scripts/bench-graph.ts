/**
 * npm run bench:graph [-- --sizes 1,4,16] [--large]
 *
 * The command users run, end to end: generated corpora of about 1, 4 and 16 MB (64 too with --large) whose
 * vocabulary grows with their size as real text's does (scripts/lib/generate-open-vocabulary.ts), each built
 * by `npm run graph`'s own script in a fresh process (reading the files, the lexicon, all five outputs), and
 * beside it, in the same run and over the same files, a plain tokenise-and-count peer. Prints MB/s, seconds per
 * MB, peak memory, the ratio pipeline/peer and the distinct word forms per size. Targets on 2 cores: ≥ 4 MB/s at
 * 16 MB, ≤ 4× the peer, time per MB flat from 1 to 64 MB, peak ≤ 600 MB at 16 MB. It prints; it asserts nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/lib/pipeline/ingest';
import { segment } from '../src/lib/pipeline/segment';
import { generateOpenVocabulary } from './lib/generate-open-vocabulary';
import { describeMachine } from './lib/machine-load';
import { heapBudgetMb } from './lib/memory-budget';
import { PEAK_PREFIX } from './lib/peak-line';

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, large: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } }
});
const sizes = (values.sizes ?? (values.large ? '1,4,16,64' : '1,4,16')).split(',').map(Number);
const MB = 1024 * 1024;
const SOURCES = ['graph-data/corpus', 'tests/fixtures'];

async function textFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const paths = (await Promise.all(SOURCES.map(textFiles))).flat();
const files = await Promise.all(paths.map(async (path) => ({ name: path, bytes: new Uint8Array(await readFile(path)) })));
// Fixtures made to be broken (binary, mojibake) would only add noise to the sentences.
const sentences = segment(ingest(files).documents)
  .map((sentence) => sentence.text)
  .filter((text) => text.length > 20 && !/[\uFFFD\u0000-\u0008]/u.test(text));

interface Run {
  ms: number;
  peakMb: number;
}

/** `npm run graph`'s script, with the heap its launcher would give (its env set so it builds in this process). */
function runGraph(corpus: string, out: string, bytes: number): Run {
  const heap = heapBudgetMb(bytes);
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heap}`, '--import', 'tsx', '--import', './scripts/lib/report-peak.ts', 'scripts/build-graph.ts', '--corpus', corpus, '--out', out, '--no-curation'],
    { encoding: 'utf8', maxBuffer: 64 * MB, env: { ...process.env, CONCEPT_GRAPH_HEAP_MB: String(heap) } }
  );
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`npm run graph failed on ${corpus} (exit ${result.status}):\n${result.stderr}`);
  const peak = result.stderr.split('\n').find((line) => line.startsWith(PEAK_PREFIX));
  return { ms, peakMb: Number(peak?.slice(PEAK_PREFIX.length)) / 1024 };
}

function runPeer(corpus: string): Run & { forms: number } {
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--import', './scripts/lib/report-peak.ts', 'scripts/bench-graph-peer.ts', corpus], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const ms = performance.now() - started;
  return { ms, peakMb: 0, forms: JSON.parse(output.trim()).forms };
}

const root = join(tmpdir(), 'concept-graph-bench-graph');
await rm(root, { recursive: true, force: true });
console.log(`bench:graph: ${sentences.length} source sentences from ${paths.length} files, sizes ${sizes.join(', ')} MB`);
console.log(`before: ${describeMachine()}\n`);
console.log('size MB  forms     graph s  MB/s   s/MB   peak MB  peer s  peer MB/s  graph/peer');
for (const size of sizes) {
  const corpus = join(root, `${size}mb`, 'corpus');
  const out = join(root, `${size}mb`, 'out');
  await mkdir(corpus, { recursive: true });
  let bytes = 0;
  for (const file of generateOpenVocabulary(sentences, size * MB, size)) {
    await writeFile(join(corpus, file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  const mb = bytes / MB;
  // Peer first, so the page cache is as warm for the pipeline as for it.
  const peer = runPeer(corpus);
  const graph = runGraph(corpus, out, bytes);
  console.log(
    [
      mb.toFixed(1).padStart(7),
      String(peer.forms).padStart(7),
      (graph.ms / 1000).toFixed(2).padStart(9),
      (mb / (graph.ms / 1000)).toFixed(2).padStart(6),
      (graph.ms / 1000 / mb).toFixed(3).padStart(6),
      Math.round(graph.peakMb).toString().padStart(8),
      (peer.ms / 1000).toFixed(2).padStart(7),
      (mb / (peer.ms / 1000)).toFixed(2).padStart(10),
      `${(graph.ms / peer.ms).toFixed(1)}×`.padStart(11)
    ].join(' ')
  );
}
console.log(`\nafter:  ${describeMachine()}`);
console.log('times are wall clock of each process, Node and tsx start-up included, as a user waits for them');
if (!values.keep) await rm(root, { recursive: true, force: true });
