/**
 * Corrections a user makes to one of their graphs by clicking, kept in the order made (the list they see and
 * remove entries from), and the `curation.json` they amount to: the CLI's format, checked by its schema, so
 * the CLI given that file and the same texts builds the same graph. Nodes are named by id, which curation
 * never changes (a merge's target keeps its own).
 */
import { parseCuration } from '../pipeline/curation/parse-curation';
import type { Curation } from '../pipeline/curation/schema';

/** `was` is the node's label when corrected, to list the correction by after the node is gone. */
export type Correction =
  | { kind: 'rename'; node: string; was: string; label: string }
  | { kind: 'merge'; node: string; was: string; into: string; intoLabel: string }
  | { kind: 'drop'; node: string; was: string };

export function toCuration(corrections: readonly Correction[]): Curation {
  const merge = corrections.flatMap((c) => (c.kind === 'merge' ? [{ from: [c.node], into: c.into }] : []));
  const rename = corrections.flatMap((c) => (c.kind === 'rename' ? [{ node: c.node, label: c.label }] : []));
  const drop = corrections.flatMap((c) => (c.kind === 'drop' ? [c.node] : []));
  const curation = { ...(merge.length ? { merge } : {}), ...(rename.length ? { rename } : {}), ...(drop.length ? { drop } : {}) };
  return parseCuration(curation, 'corrections');
}

export function toCurationJson(corrections: readonly Correction[]): string {
  return `${JSON.stringify(toCuration(corrections), null, 2)}\n`;
}
