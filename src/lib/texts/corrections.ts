/**
 * Corrections a user makes to one of their graphs by clicking, kept in the order made (the list they see and
 * remove entries from), and the `curation.json` they amount to: the CLI's format, checked by its schema, so
 * the CLI given that file and the same texts builds the same graph. Nodes are named by id, which curation
 * never changes (a merge's target keeps its own).
 */
import { parseCuration } from '../pipeline/curation/parse-curation';
import type { CuratedType, Curation } from '../pipeline/curation/schema';

/** `was` is the node's label when corrected, to list the correction by after the node is gone. */
export type Correction =
  | { kind: 'rename'; node: string; was: string; label: string }
  | { kind: 'merge'; node: string; was: string; into: string; intoLabel: string }
  | { kind: 'drop'; node: string; was: string }
  | { kind: 'setType'; node: string; was: string; type: CuratedType }
  /** Keeps the word out of extraction itself, so it stays out when texts change, unlike a drop of one node. */
  | { kind: 'exclude'; node: string; was: string; word: string }
  | { kind: 'add'; label: string; type: CuratedType }
  /** A group named by its most central member, since group ids move when a correction rebuilds the graph. */
  | { kind: 'cluster'; member: string; was: string; name?: string; color?: string };

export function toCuration(corrections: readonly Correction[]): Curation {
  const merge = corrections.flatMap((c) => (c.kind === 'merge' ? [{ from: [c.node], into: c.into }] : []));
  const rename = corrections.flatMap((c) => (c.kind === 'rename' ? [{ node: c.node, label: c.label }] : []));
  const setType = corrections.flatMap((c) => (c.kind === 'setType' ? [{ node: c.node, type: c.type }] : []));
  const add = corrections.flatMap((c) => (c.kind === 'add' ? [{ label: c.label, type: c.type }] : []));
  const drop = corrections.flatMap((c) => (c.kind === 'drop' ? [c.node] : []));
  const exclude = corrections.flatMap((c) => (c.kind === 'exclude' ? [c.word] : []));
  const clusters = corrections.flatMap((c) =>
    c.kind === 'cluster' ? [{ member: c.member, ...(c.name === undefined ? {} : { name: c.name }), ...(c.color === undefined ? {} : { color: c.color }) }] : []
  );
  const sections = { merge, rename, setType, add, drop, exclude, clusters };
  // Empty sections are left out so a graph with few corrections gets a short curation.json.
  const curation = Object.fromEntries(Object.entries(sections).filter(([, entries]) => entries.length > 0));
  return parseCuration(curation, 'corrections');
}

export function toCurationJson(corrections: readonly Correction[]): string {
  return `${JSON.stringify(toCuration(corrections), null, 2)}\n`;
}
