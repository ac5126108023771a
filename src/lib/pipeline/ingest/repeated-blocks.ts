/**
 * Boilerplate across a corpus: the same block of paragraphs at the end (or start) of many documents, such as a
 * newsletter's footer, an unsubscribe notice, a translators' credit or a legal mention. Each document alone
 * cannot tell it from text; the corpus can, since real paragraphs are not repeated verbatim article after
 * article. Only runs at a document's edges are removed, so a quotation shared in the middle stays.
 */
import { normalizeKey } from '../normalize-key';
import type { IngestedDocument } from '../types';

/** Share of the documents a paragraph must end (or open) to be boilerplate; never fewer than two documents. */
const MIN_SHARE = 0.3;
/** Paragraphs looked at from each edge of a document: footers and headers are short runs, not chapters. */
const EDGE = 12;

/** Dates and issue numbers change from one copy of a footer to the next: compare without digits. */
function blockKey(paragraph: string): string {
  return normalizeKey(paragraph).replace(/\d+/gu, '#');
}

export interface RepeatedBlocksResult {
  documents: IngestedDocument[];
  /** Per document id, how many paragraphs were removed. */
  removed: Map<string, number>;
}

export function removeRepeatedBlocks(documents: readonly IngestedDocument[]): RepeatedBlocksResult {
  const removed = new Map<string, number>();
  if (documents.length < 2) return { documents: [...documents], removed };
  const paragraphsOf = documents.map((document) => document.text.split('\n\n'));
  // Only edge paragraphs can be removed, so only they are compared: a large corpus is not keyed whole.
  const edgeKeys = paragraphsOf.map((paragraphs) => {
    const keys = new Map<number, string>();
    for (let k = 1; k < Math.min(paragraphs.length, EDGE + 1); k++) keys.set(k, blockKey(paragraphs[k]));
    for (let k = Math.max(1, paragraphs.length - EDGE); k < paragraphs.length; k++) keys.set(k, blockKey(paragraphs[k]));
    return keys;
  });
  const documentsWith = new Map<string, number>();
  for (const keys of edgeKeys) {
    for (const key of new Set(keys.values())) documentsWith.set(key, (documentsWith.get(key) ?? 0) + 1);
  }
  const minDocuments = Math.max(2, Math.ceil(MIN_SHARE * documents.length));
  const result = documents.map((document, index) => {
    const paragraphs = paragraphsOf[index];
    const keys = edgeKeys[index];
    const repeated = (k: number) => {
      const key = keys.get(k);
      return key !== undefined && (documentsWith.get(key) ?? 0) >= minDocuments;
    };
    // Paragraph 0 is the title: a heading all issues share ("Lettre d'information") still names the document.
    let head = 1;
    let end = paragraphs.length;
    while (end > head && repeated(end - 1)) end -= 1;
    while (head < end && repeated(head)) head += 1;
    // A document made only of shared blocks is not boilerplate of itself: keep it whole.
    if (head >= end) return document;
    const count = paragraphs.length - (end - head) - 1;
    if (count === 0) return document;
    removed.set(document.id, count);
    return { ...document, text: [paragraphs[0], ...paragraphs.slice(head, end)].join('\n\n') };
  });
  return { documents: result, removed };
}
