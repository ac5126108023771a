/**
 * graph.json writer. The graph is validated first (the explorer would reject it later, far from the cause) and
 * re-emitted in the schema's key order, so the bytes depend on the data only, never on how objects were built.
 *
 * Compact, one line plus a final newline: the explorer downloads this file, passage texts make up most of
 * it, and indentation would add about a third for no reader; `jq` pretty-prints it for people.
 */
import { parseGraphData, type GraphData } from '../../graph/schema';

export function toJson(graph: GraphData): string {
  return `${JSON.stringify(parseGraphData(graph))}\n`;
}
