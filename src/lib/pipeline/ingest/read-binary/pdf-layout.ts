/**
 * From the positioned text pieces of a PDF's pages to paragraphs, the way a reader sees the page: pieces on
 * one baseline form a line, lines read top to bottom, a gap wider than the usual line spacing (or a change
 * of type size, as at a heading) starts a paragraph, and a word hyphenated at a line end is joined again.
 *
 * Running headers, footers and page numbers are not the text: a line at the top or bottom of the page that
 * comes back on most pages (digits aside, so "Page 3" matches "Page 4") is dropped, as is a lone page
 * number there. Pure and synchronous, so it is tested on pieces without a PDF library.
 */

/** One piece of text as pdf.js gives it, in PDF units with y growing upwards. */
export interface PdfTextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The type size, near enough: the text matrix's vertical scale. */
  size: number;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

/** Pieces whose baselines differ by less than this share of the type size sit on one line (sub- and superscripts too). */
const SAME_LINE = 0.5;
/** A horizontal gap wider than this share of the type size is a space the PDF did not write. */
const WORD_GAP = 0.2;
/** A line gap this many times the line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** Consecutive lines closer than this share of the type size overlap (a table, a drop cap), they do not set the spacing. */
const MIN_LINE_GAP = 0.8;
const DEFAULT_LEADING = 1.2;
const MIN_MEASURED = 3;
/** Type sizes differing by more than this share mark a heading or a caption, a paragraph of its own. */
const SIZE_CHANGE = 0.15;
/** Headers and footers are looked for among this many lines at each end of a page. */
const MARGIN_LINES = 2;
/** A margin line recurring on at least this share of the pages (and on two pages at least) is running. */
const RUNNING_SHARE = 0.5;
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|sur|of|de)\s*\d{1,4})?$/iu;
const HYPHENATED_END = /(?<=\p{L})[-\u00AD]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_SENTENCE = /[.!?…:;»"”)]$/u;

function joinPieces(pieces: PdfTextPiece[]): string {
  let text = '';
  let end = -Infinity;
  for (const piece of pieces) {
    const gap = piece.x - end;
    if (text !== '' && gap > piece.size * WORD_GAP && !/\s$/u.test(text) && !/^\s/u.test(piece.text)) text += ' ';
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** The page's lines, top to bottom, each read left to right. */
export function pageLines(pieces: readonly PdfTextPiece[]): Line[] {
  const sorted = pieces.filter((piece) => piece.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0].y - piece.y) < Math.max(group[0].size, piece.size) * SAME_LINE) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    const inOrder = [...group].sort((a, b) => a.x - b.x);
    return { text: joinPieces(inOrder), y: group[0].y, size: Math.max(...group.map((piece) => piece.size)) };
  });
}

function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '#');
}

function marginIndexes(lines: readonly Line[]): number[] {
  const count = Math.min(MARGIN_LINES, lines.length);
  const top = Array.from({ length: count }, (_, index) => index);
  const bottom = Array.from({ length: count }, (_, index) => lines.length - 1 - index);
  return [...new Set([...top, ...bottom])];
}

/** Each page's lines without its running headers, footers and page numbers. */
export function removeRunningLines(pages: readonly Line[][]): Line[][] {
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(marginIndexes(lines).map((index) => runningKey(lines[index].text)))) {
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(2, pages.length * RUNNING_SHARE);
  return pages.map((lines) => {
    const margins = new Set(marginIndexes(lines));
    return lines.filter((line, index) => {
      if (!margins.has(index)) return true;
      return !PAGE_NUMBER.test(line.text) && (pagesWithKey.get(runningKey(line.text)) ?? 0) < threshold;
    });
  });
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Line to line: a word cut by a hyphen at the end of a line is whole again ("expé-" + "rience"); a hyphen
 * before a capital is a compound's own ("franco-" + "Allemand") and stays, without a space; other lines
 * meet at a space. A compound cut at its hyphen before a lower-case word ("peut-" + "être") loses it: the
 * line alone cannot tell, and cut words are far more common.
 */
export function joinLines(previous: string, next: string): string {
  if (previous.endsWith('\u00AD')) return previous.slice(0, -1) + next;
  if (HYPHENATED_END.test(previous)) return STARTS_LOWER.test(next) ? previous.slice(0, -1) + next : previous + next;
  return `${previous} ${next}`;
}

function pageParagraphs(lines: readonly Line[], spacing: number): string[] {
  const paragraphs: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const gap = previous === undefined ? Infinity : previous.y - line.y;
    const sizeChanged = previous !== undefined && Math.abs(previous.size - line.size) > Math.max(previous.size, line.size) * SIZE_CHANGE;
    if (previous === undefined || gap > spacing * PARAGRAPH_GAP || gap < 0 || sizeChanged) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1], line.text);
  });
  return paragraphs;
}

/**
 * The document's line spacing: the smallest distance between the baselines of consecutive lines of one type
 * size (a paragraph gap is wider, never narrower), ignoring overlaps closer than most of a line. With too
 * few lines to measure, at most the usual leading of 1.2 times the type size.
 */
function lineSpacing(pages: readonly Line[][]): number {
  let spacing = Infinity;
  let measured = 0;
  const sizes: number[] = [];
  for (const lines of pages) {
    for (let index = 0; index < lines.length; index++) {
      sizes.push(lines[index].size);
      const previous = lines[index - 1];
      if (previous === undefined || previous.size !== lines[index].size) continue;
      const gap = previous.y - lines[index].y;
      if (gap < lines[index].size * MIN_LINE_GAP) continue;
      spacing = Math.min(spacing, gap);
      measured++;
    }
  }
  return measured >= MIN_MEASURED ? spacing : Math.min(spacing, median(sizes) * DEFAULT_LEADING);
}

/**
 * The document's paragraphs from each page's pieces. A paragraph that runs over a page break (no closing
 * punctuation, the next page going on in lower case) is made whole.
 */
export function layoutParagraphs(pages: readonly (readonly PdfTextPiece[])[]): string[] {
  const lines = removeRunningLines(pages.map(pageLines));
  const spacing = lineSpacing(lines);
  const paragraphs: string[] = [];
  for (const page of lines) {
    const [first, ...rest] = pageParagraphs(page, spacing);
    if (first === undefined) continue;
    const last = paragraphs.at(-1);
    if (last !== undefined && !ENDS_SENTENCE.test(last) && STARTS_LOWER.test(first)) paragraphs[paragraphs.length - 1] = joinLines(last, first);
    else paragraphs.push(first);
    for (const paragraph of rest) paragraphs.push(paragraph);
  }
  return paragraphs;
}
