/**
 * The CLI's output side. Every output is written to `<name>.tmp` first and the set renamed into place only once
 * all of them are complete, so a failed run (full disk, a graph the schema refuses) leaves the previous
 * outputs as they were, all from one build, and no temporary file behind.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { GraphData } from '../../src/lib/graph/schema';
import { edgesCsvChunks, nodesCsvChunks } from '../../src/lib/pipeline/export/to-csv';
import { gexfChunks } from '../../src/lib/pipeline/export/to-gexf';
import { graphmlChunks } from '../../src/lib/pipeline/export/to-graphml';
import { jsonChunks } from '../../src/lib/pipeline/export/to-json';

/** Characters per write: a few hundred KB, far from V8's longest string and few enough writes. */
const BATCH_CHARACTERS = 1 << 18;

export const OUTPUT_FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'] as const;

/** Probed with a real file: permissions, read-only mounts and full disks all show up here. */
export async function checkWritable(folder: string): Promise<void> {
  const probe = join(folder, `.write-check-${process.pid}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(probe, '');
  } catch (error) {
    throw new Error(`${folder}: output folder is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

/**
 * A file a piece at a time: graph.json's size is then bounded by the disk rather than by V8's longest string,
 * and no export of a large corpus is ever held whole in memory.
 */
async function streamChunks(chunks: Iterable<string>, path: string): Promise<void> {
  const stream = createWriteStream(path);
  const failed = once(stream, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const write = async (text: string) => {
    if (!stream.write(text)) await Promise.race([once(stream, 'drain'), failed]);
  };
  try {
    // The generators yield a record at a time; handing each to the stream costs a buffer and a callback per
    // node or passage, so they are gathered into pieces of about BATCH_CHARACTERS first.
    let batch: string[] = [];
    let length = 0;
    for (const chunk of chunks) {
      batch.push(chunk);
      length += chunk.length;
      if (length >= BATCH_CHARACTERS) {
        await write(batch.join(''));
        batch = [];
        length = 0;
      }
    }
    if (batch.length > 0) await write(batch.join(''));
    stream.end();
    await Promise.race([once(stream, 'finish'), failed]);
  } finally {
    stream.destroy();
  }
}

async function writeTemporary(graph: GraphData, folder: string): Promise<void> {
  const tmp = (name: string) => join(folder, `${name}.tmp`);
  await streamChunks(jsonChunks(graph), tmp('graph.json'));
  await streamChunks(gexfChunks(graph), tmp('graph.gexf'));
  await streamChunks(graphmlChunks(graph), tmp('graph.graphml'));
  await streamChunks(nodesCsvChunks(graph), tmp('nodes.csv'));
  await streamChunks(edgesCsvChunks(graph), tmp('edges.csv'));
}

export async function writeOutputs(graph: GraphData, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  try {
    await writeTemporary(graph, folder);
    for (const name of OUTPUT_FILES) await rename(join(folder, `${name}.tmp`), join(folder, name));
  } catch (error) {
    await Promise.all(OUTPUT_FILES.map((name) => rm(join(folder, `${name}.tmp`), { force: true }).catch(() => undefined)));
    throw new Error(`${folder}: cannot write the outputs (${(error as Error).message})`, { cause: error });
  }
  return OUTPUT_FILES.map((name) => join(folder, name));
}
