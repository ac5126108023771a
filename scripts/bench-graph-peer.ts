/**
 * The peer `npm run bench:graph` compares the pipeline with: the least a tool that reads a corpus must do
 * (read every file, split it into words, count them). Prints one JSON line: bytes, milliseconds, distinct forms.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const folder = process.argv[2];
const started = performance.now();
const counts = new Map<string, number>();
let bytes = 0;
for (const name of (await readdir(folder)).sort()) {
  const text = await readFile(join(folder, name), 'utf8');
  bytes += Buffer.byteLength(text);
  for (const [word] of text.matchAll(/\p{L}+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
}
console.log(JSON.stringify({ bytes, ms: performance.now() - started, forms: counts.size }));
