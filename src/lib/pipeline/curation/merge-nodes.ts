/**
 * Folds nodes that are one thing under several names into one: the target keeps its id, label and type and
 * gains the others' mentions and names.
 */
import type { ExtractedNode, MentionSpan } from '../types';

export function mergeNodes(target: ExtractedNode, sources: readonly ExtractedNode[]): ExtractedNode {
  const names = sources.flatMap((source) => [source.label, ...source.aliases]);
  return {
    ...target,
    aliases: uniqueNames(target.label, [...target.aliases, ...names]),
    mentions: uniqueMentions([target, ...sources].flatMap((node) => node.mentions)),
    typeConfidence: Math.max(target.typeConfidence, ...sources.map((source) => source.typeConfidence)),
    salience: sources.reduce((sum, source) => sum + source.salience, target.salience)
  };
}

/** Aliases in first-seen order without repeats or the label itself; spelling variants stay distinct forms. */
export function uniqueNames(label: string, names: readonly string[]): string[] {
  return [...new Set(names)].filter((name) => name !== label);
}

function uniqueMentions(mentions: readonly MentionSpan[]): MentionSpan[] {
  const byPlace = new Map(mentions.map((mention) => [`${mention.passage}\u0000${mention.start}\u0000${mention.end}`, mention]));
  return [...byPlace.values()].sort(compareMentions);
}

/** Reading order: passage ids are `${document}/${index}`, so "doc/10" must come after "doc/9". */
export function compareMentions(a: MentionSpan, b: MentionSpan): number {
  return comparePassages(a.passage, b.passage) || a.start - b.start || a.end - b.end;
}

function comparePassages(a: string, b: string): number {
  if (a === b) return 0;
  const [documentA, indexA] = splitPassage(a);
  const [documentB, indexB] = splitPassage(b);
  if (documentA !== documentB) return documentA < documentB ? -1 : 1;
  if (indexA !== indexB) return indexA - indexB;
  return a < b ? -1 : 1;
}

function splitPassage(passage: string): [string, number] {
  const slash = passage.lastIndexOf('/');
  const index = Number(passage.slice(slash + 1));
  return slash < 0 || !Number.isInteger(index) ? [passage, 0] : [passage.slice(0, slash), index];
}
