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
  const documentsWith = new Map<string, number>();
  for (const paragraphs of paragraphsOf) {
    for (const key of new Set(paragraphs.map(blockKey))) documentsWith.set(key, (documentsWith.get(key) ?? 0) + 1);
  }
  const minDocuments = Math.max(2, Math.ceil(MIN_SHARE * documents.length));
  const repeated = (paragraph: string) => (documentsWith.get(blockKey(paragraph)) ?? 0) >= minDocuments;
  const result = documents.map((document, index) => {
    const paragraphs = paragraphsOf[index];
    // Paragraph 0 is the title: a heading all issues share ("Lettre d'information") still names the document.
    let head = 1;
    let end = paragraphs.length;
    while (end > head && repeated(paragraphs[end - 1])) end -= 1;
    while (head < end && repeated(paragraphs[head])) head += 1;
    // A document made only of shared blocks is not boilerplate of itself: keep it whole.
    if (head >= end) return document;
    const count = paragraphs.length - (end - head) - 1;
    if (count === 0) return document;
    removed.set(document.id, count);
    return { ...document, text: [paragraphs[0], ...paragraphs.slice(head, end)].join('\n\n') };
  });
  return { documents: result, removed };
}
