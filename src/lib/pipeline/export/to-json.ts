/**
 * graph.json writer. The graph is validated first (the explorer would reject it later, far from the cause) and
 * re-emitted in the schema's key order, so the bytes depend on the data only, never on how objects were built.
 *
 * Compact, one line plus a final newline: the explorer downloads this file, passage texts make up most of
 * it, and indentation would add about a third for no reader; `jq` pretty-prints it for people.
 *
 * `jsonChunks` gives the same bytes a record at a time: a large corpus's graph outgrows the longest string V8
 * can hold (about 512 MB) well before it outgrows memory, so the CLI streams these to the file.
 *
 * Half a UTF-16 pair in any string (a curation label, a corpus.json title) is written as U+FFFD: JSON would
 * carry it as `\ud800`, but it is no character and strict UTF-8 readers (Python's, Rust's) refuse it. One code
 * unit for one keeps every passage offset where it was.
 */
import { parseGraphData, type GraphData } from '../../graph/schema';

const LISTS = ['documents', 'passages', 'nodes', 'edges', 'clusters'] as const;

const wellFormed = (_key: string, value: unknown) => (typeof value === 'string' ? value.toWellFormed() : value);
/** How JSON.stringify writes half a pair; a whole pair it writes as the character itself. */
const LONE_SURROGATE_ESCAPE = /\\ud[89a-f]/i;
/**
 * A replacer makes JSON.stringify call back for every key and value, several times slower on passages and
 * mentions; so the record is written plainly and only written again through it when it holds half a pair
 * (or a backslash before such text, which costs the same detour and gives the same bytes).
 */
const stringify = (value: unknown) => {
  const plain = JSON.stringify(value);
  return LONE_SURROGATE_ESCAPE.test(plain) ? JSON.stringify(value, wellFormed) : plain;
};

export function* jsonChunks(graph: GraphData): Generator<string> {
  const checked = parseGraphData(graph);
  yield `{"schemaVersion":${stringify(checked.schemaVersion)},"meta":${stringify(checked.meta)}`;
  for (const list of LISTS) {
    yield `,${JSON.stringify(list)}:[`;
    let first = true;
    for (const item of checked[list]) {
      yield first ? stringify(item) : `,${stringify(item)}`;
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
