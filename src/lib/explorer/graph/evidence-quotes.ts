/**
 * A link's evidence as quotes: each evidence item (one sentence, or the consecutive sentences of one paragraph
 * that run from one end of the link to the other) becomes ONE quote, its sentences joined as the paragraph has
 * them, with the mentions of both ends marked at their place in the joined text. Items keep the order the
 * graph gives them (best first).
 */
import { evidencePassages, type EvidenceItem, type GraphDocument, type Passage } from '../../graph/schema';
import type { HighlightSpan } from '../text/segment-text';
import type { GraphIndex } from './graph-index';

/** Consecutive sentences of one paragraph are separated by a space in the text. */
const JOINER = ' ';

export interface EvidenceQuote {
  /** Stable key: the item's passage ids. */
  key: string;
  document: GraphDocument | undefined;
  passages: Passage[];
  text: string;
  /** Mentions of the marked nodes, as offsets into `text`. */
  spans: HighlightSpan[];
}

export function evidenceQuote(index: GraphIndex, item: EvidenceItem, marked: readonly string[]): EvidenceQuote | null {
  const passages = evidencePassages(item).map((id) => index.passages.get(id));
  if (passages.length === 0 || passages.some((passage) => !passage)) return null;
  const wanted = new Set(marked);
  const spans: HighlightSpan[] = [];
  let text = '';
  for (const passage of passages as Passage[]) {
    if (text) text += JOINER;
    const offset = text.length;
    text += passage.text;
    for (const mention of index.mentionsByPassage.get(passage.id) ?? []) {
      if (wanted.has(mention.node.id)) spans.push({ start: offset + mention.start, end: offset + mention.end, id: mention.node.id });
    }
  }
  return { key: evidencePassages(item).join('+'), document: index.documents.get(passages[0]!.document), passages: passages as Passage[], text, spans };
}

/** Every item of `items` as a quote, in the given order; items naming unknown passages are skipped. */
export function evidenceQuotes(index: GraphIndex, items: readonly EvidenceItem[], marked: readonly string[]): EvidenceQuote[] {
  return items.map((item) => evidenceQuote(index, item, marked)).filter((quote): quote is EvidenceQuote => quote !== null);
}
