/**
 * From the positioned text pieces of a PDF's pages to paragraphs, the way a reader sees the page: pieces on
 * one baseline form a line, lines read top to bottom (the left column first on a page set in two), a gap wider than the usual line spacing (or a change
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
/** A gap this many times the type size on a baseline may be a gutter between columns. */
const GUTTER = 2;
/** A page is in two columns when this many of its baselines (and this share of them) share a gutter. */
const MIN_COLUMN_ROWS = 4;
const COLUMN_SHARE = 0.3;
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

/** Pieces on one baseline, top to bottom, each group left to right. */
function baselineGroups(pieces: readonly PdfTextPiece[]): PdfTextPiece[][] {
  const sorted = pieces.filter((piece) => piece.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0].y - piece.y) < Math.max(group[0].size, piece.size) * SAME_LINE) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => group.sort((a, b) => a.x - b.x));
}

interface Segment {
  pieces: PdfTextPiece[];
  start: number;
  end: number;
}

/** A baseline's runs of text, split where the gap is wide enough to be a gutter between columns. */
function splitAtGutters(group: PdfTextPiece[]): Segment[] {
  const segments: Segment[] = [];
  for (const piece of group) {
    const last = segments.at(-1);
    if (last && piece.x - last.end <= piece.size * GUTTER) {
      last.pieces.push(piece);
      last.end = Math.max(last.end, piece.x + piece.width);
    } else segments.push({ pieces: [piece], start: piece.x, end: piece.x + piece.width });
  }
  return segments;
}

/**
 * The x of the gutter of a page set in two columns: a position inside the gap of two-run baselines on
 * enough of the page's baselines. Null for a page in one column.
 */
function findGutter(rows: readonly Segment[][]): number | null {
  const gaps = rows.filter((row) => row.length === 2).map(([left, right]) => [left.end, right.start] as const);
  let best: { x: number; count: number } | null = null;
  for (const [from, to] of gaps) {
    const x = (from + to) / 2;
    const count = gaps.filter(([start, end]) => start < x && x < end).length;
    if (best === null || count > best.count) best = { x, count };
  }
  return best !== null && best.count >= Math.max(MIN_COLUMN_ROWS, rows.length * COLUMN_SHARE) ? best.x : null;
}

function toLine(pieces: PdfTextPiece[]): Line {
  // A reduce, not Math.max(...): a PDF that sets each letter apart gives a line of 100,000 pieces and more.
  const size = pieces.reduce((largest, piece) => Math.max(largest, piece.size), 0);
  return { text: joinPieces(pieces), y: pieces[0].y, size };
}

/**
 * The page's lines in reading order: top to bottom, each read left to right; on a page in two columns, the
 * left column's lines before the right one's, a line across both (a title, a footer) closing the columns
 * above it.
 */
export function pageLines(pieces: readonly PdfTextPiece[]): Line[] {
  const rows = baselineGroups(pieces).map(splitAtGutters);
  const gutter = findGutter(rows);
  if (gutter === null) return rows.map((row) => toLine(row.flatMap((segment) => segment.pieces)));
  const lines: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    for (const line of [...left, ...right]) lines.push(line);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.some((segment) => segment.start < gutter && gutter < segment.end)) {
      flush();
      lines.push(toLine(row.flatMap((segment) => segment.pieces)));
      continue;
    }
    const leftPieces = row.filter((segment) => segment.end <= gutter).flatMap((segment) => segment.pieces);
    const rightPieces = row.filter((segment) => segment.start >= gutter).flatMap((segment) => segment.pieces);
    if (leftPieces.length > 0) left.push(toLine(leftPieces));
    if (rightPieces.length > 0) right.push(toLine(rightPieces));
  }
  flush();
  return lines;
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

/** A paragraph cut by a page or column break: no closing punctuation, and the text goes on in lower case. */
function continuesOver(previous: string, next: string): boolean {
  return !ENDS_SENTENCE.test(previous) && STARTS_LOWER.test(next);
}

function pageParagraphs(lines: readonly Line[], spacing: number): string[] {
  const paragraphs: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const gap = previous === undefined ? Infinity : previous.y - line.y;
    const sizeChanged = previous !== undefined && Math.abs(previous.size - line.size) > Math.max(previous.size, line.size) * SIZE_CHANGE;
    const last = paragraphs.length - 1;
    // Moving up the page is moving to the next column: a paragraph goes on there as over a page break.
    if (gap < 0 && continuesOver(paragraphs[last], line.text)) paragraphs[last] = joinLines(paragraphs[last], line.text);
    else if (previous === undefined || gap > spacing * PARAGRAPH_GAP || gap < 0 || sizeChanged) paragraphs.push(line.text);
    else paragraphs[last] = joinLines(paragraphs[last], line.text);
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
    if (last !== undefined && continuesOver(last, first)) paragraphs[paragraphs.length - 1] = joinLines(last, first);
    else paragraphs.push(first);
    for (const paragraph of rest) paragraphs.push(paragraph);
  }
  return paragraphs;
}
