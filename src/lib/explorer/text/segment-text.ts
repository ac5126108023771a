/**
 * Splits a passage into plain and highlighted segments so components render corpus text as text nodes and
 * `<mark>` elements, never as HTML. Mentions may overlap ("expérience client" inside "expérience client
 * omnicanale"), so the text is cut at every span boundary and each piece lists every span covering it.
 */

export interface HighlightSpan {
  start: number;
  end: number;
  /** What the span stands for (a node id); several spans may share one. */
  id: string;
}

export interface TextSegment {
  text: string;
  start: number;
  /** Ids of the spans covering this segment, in span order; empty for plain text. */
  ids: string[];
}

export function segmentText(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const valid = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const ids = [...new Set(valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.id))];
    const previous = segments.at(-1);
    if (previous && previous.ids.join('\u0000') === ids.join('\u0000')) {
      previous.text += text.slice(start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, ids });
    }
  }
  return segments;
}
