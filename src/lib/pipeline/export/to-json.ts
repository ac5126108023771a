/**
 * graph.json writer. The graph is validated first (the explorer would reject it later, far from the cause) and
 * re-emitted in the schema's key order, so the bytes depend on the data only, never on how objects were built.
 *
 * Compact, one line plus a final newline: the explorer downloads this file, passage texts make up most of
 * it, and indentation would add about a third for no reader; `jq` pretty-prints it for people.
 *
 * `jsonChunks` gives the same bytes a record at a time: a large corpus's graph outgrows the longest string V8
 * can hold (about 512 MB) well before it outgrows memory, so the CLI streams these to the file.
 */
import { parseGraphData, type GraphData } from '../../graph/schema';

const LISTS = ['documents', 'passages', 'nodes', 'edges', 'clusters'] as const;

export function* jsonChunks(graph: GraphData): Generator<string> {
  const checked = parseGraphData(graph);
  yield `{"schemaVersion":${JSON.stringify(checked.schemaVersion)},"meta":${JSON.stringify(checked.meta)}`;
  for (const list of LISTS) {
    yield `,${JSON.stringify(list)}:[`;
    let first = true;
    for (const item of checked[list]) {
      yield first ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
      first = false;
    }
    yield ']';
  }
  yield '}\n';
}

export function toJson(graph: GraphData): string {
  let text = '';
  for (const chunk of jsonChunks(graph)) text += chunk;
  return text;
}
