/**
 * npm run bench:pipeline [-- --sizes 1,4,16]
 *
 * Generates corpora of about 1, 4 and 16 MB from the default one (recombined sentences, seeded), builds each
 * in a fresh process, and prints MB/s, time per stage and peak memory. Targets on a 2-core machine: at least
 * 2 MB/s at 16 MB, time per MB within 1.5x across sizes, peak memory under 1 GB. It prints; it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/lib/pipeline/ingest';
import { segment } from '../src/lib/pipeline/segment';
import { generateCorpus } from './lib/generate-corpus';
import { describeMachine } from './lib/machine-load';
import { heapBudgetMb } from './lib/memory-budget';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,4,16' }, corpus: { type: 'string', default: 'graph-data/corpus' } } });
const sizes = values.sizes.split(',').map(Number);
const MB = 1024 * 1024;

const names = (await readdir(values.corpus)).filter((name) => /\.(txt|md|html?)$/u.test(name)).sort();
const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(values.corpus, name))) })));
const sentences = segment(ingest(files).documents)
  .map((sentence) => sentence.text)
  .filter((text) => text.length > 20);

const root = join(tmpdir(), 'concept-graph-bench');
await rm(root, { recursive: true, force: true });
console.log(`bench:pipeline: ${sentences.length} source sentences, sizes ${sizes.join(', ')} MB`);
console.log(`before: ${describeMachine()}\n`);
console.log('size     MB/s   total s  peak MB  nodes  edges  stages (ms)');
for (const size of sizes) {
  const folder = join(root, `${size}mb`);
  await mkdir(folder, { recursive: true });
  for (const file of generateCorpus(sentences, size * MB, size)) await writeFile(join(folder, file.name), file.text);
  // The heap `npm run graph` would give this corpus, so the peak is the one users see.
  const heap = `--max-old-space-size=${heapBudgetMb(size * MB)}`;
  const output = execFileSync(process.execPath, [heap, '--import', 'tsx', 'scripts/bench-pipeline-run.ts', folder], { encoding: 'utf8', maxBuffer: 16 * MB });
  const run = JSON.parse(output.trim().split('\n').pop() ?? '{}');
  const mb = run.bytes / MB;
  const stages = Object.entries(run.timings as Record<string, number>)
    .map(([stage, ms]) => `${stage} ${Math.round(ms)}`)
    .join(', ');
  console.log(
    `${mb.toFixed(1).padStart(5)}  ${(mb / (run.totalMs / 1000)).toFixed(2).padStart(6)}  ${(run.totalMs / 1000).toFixed(2).padStart(7)}  ${Math.round(run.peakMb).toString().padStart(7)}  ${String(run.nodes).padStart(5)}  ${String(run.edges).padStart(5)}  ${stages}`
  );
}
console.log(`\nafter:  ${describeMachine()}`);
await rm(root, { recursive: true, force: true });
