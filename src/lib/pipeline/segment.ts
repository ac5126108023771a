/**
 * Segment: ingested documents into sentences (the passages that mentions and co-occurrence refer to), each with
 * its tokens.
 *
 * Paragraphs are the blocks ingest separates with blank lines; `paragraph` counts the non-empty ones from 0 in
 * each document. A sentence's `start` is the offset of its (trimmed) text in the document's text, so
 * `document.text.slice(start, start + text.length) === text`; token offsets are into the sentence's text.
 * How sentences and tokens are cut is documented in `segment/split-sentences.ts` and `tokenize.ts`.
 */
import { splitSentences } from './segment/split-sentences';
import { tokenize } from './tokenize';
import type { IngestedDocument, Sentence, Token } from './types';

/** A blank line: a line break, spaces or tabs at most, another line break. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/gu;

function* paragraphsOf(text: string): Generator<[start: number, end: number]> {
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    yield [start, match.index];
    start = match.index + match[0].length;
  }
  yield [start, text.length];
}

/**
 * One string per word form for the whole corpus. Tokens are most of a large corpus's memory, and their
 * words repeat (Zipf): "de", "la", "client" would otherwise be a fresh copy at each of their occurrences.
 */
function shareForms(tokens: Token[], forms: Map<string, string>): Token[] {
  for (const token of tokens) {
    const known = forms.get(token.text);
    if (known === undefined) forms.set(token.text, token.text);
    else token.text = known;
  }
  return tokens;
}

function segmentDocument(document: IngestedDocument, sentences: Sentence[], forms: Map<string, string>): void {
  let paragraph = 0;
  let index = 0;
  for (const [paragraphStart, paragraphEnd] of paragraphsOf(document.text)) {
    const ranges = splitSentences(document.text.slice(paragraphStart, paragraphEnd));
    if (ranges.length === 0) continue;
    for (const [start, end] of ranges) {
      const text = document.text.slice(paragraphStart + start, paragraphStart + end);
      sentences.push({
        id: `${document.id}/${index}`,
        document: document.id,
        paragraph,
        start: paragraphStart + start,
        text,
        tokens: shareForms(tokenize(text), forms)
      });
      index += 1;
    }
    paragraph += 1;
  }
}

export function segment(documents: IngestedDocument[]): Sentence[] {
  const sentences: Sentence[] = [];
  const forms = new Map<string, string>();
  for (const document of documents) segmentDocument(document, sentences, forms);
  return sentences;
}
