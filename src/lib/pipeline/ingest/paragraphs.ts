/**
 * Splits text into paragraphs: blank lines separate paragraphs, each bullet or numbered line is a paragraph
 * of its own (without its glyph), and the lines of one paragraph are joined into one line.
 *
 * Whether a single line break ends a paragraph depends on the source. Markdown and hard-wrapped text break
 * lines anywhere, so their lines are always joined. Web-page text exports put one paragraph per line, with
 * headings on their own lines and no blank line around them; there a break is kept unless the next line
 * visibly continues the sentence (starts in lower case or with closing punctuation).
 */

export const LINE_JOINING = ['always', 'continuations'] as const;
export type LineJoining = (typeof LINE_JOINING)[number];

const BLOCK_SEPARATOR = /\n[ \t]*\n/u;
/** Bullet glyphs, hyphens and "1." / "1)" markers; letter markers ("a.") are left out, they clash with initials. */
const BULLET = /^\s*(?:[•◦▪▫‣∙●○■□►▸➢➤✓✔*+–—-]|\d{1,3}[.)])\s+(?=\S)/u;
const CONTINUES_NEXT = /[,(«\-–’]$/u;
const STARTS_AS_CONTINUATION = /^(?:\p{Ll}|[,;:.)\]}»…])/u;
const ATTACHES_WITHOUT_SPACE = /^[,;.)\]}]/u;

/**
 * Text whose lines mostly fill a fixed width was wrapped by a tool, not written line by line. The bounds
 * fit the usual 72–80 column wrapping and leave out one-paragraph-per-line exports, whose lines run long.
 */
export function chooseLineJoining(text: string): LineJoining {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 10 || lines.some((line) => line.length > 100)) return 'continuations';
  const filled = lines.filter((line) => line.length >= 50).length;
  return filled >= lines.length / 2 ? 'always' : 'continuations';
}

function shouldJoin(previous: string, next: string, joining: LineJoining): boolean {
  return joining === 'always' || CONTINUES_NEXT.test(previous) || STARTS_AS_CONTINUATION.test(next);
}

/** Spacing fixes inside a paragraph: runs of spaces, and words glued by lost line breaks in web exports. */
export function tidyParagraph(paragraph: string): string {
  const tidied = paragraph.replace(/ {2,}/gu, ' ').replace(/(?<=\p{Ll}{2}[.!?…])(?=\p{Lu}\p{Ll})/gu, ' ');
  // A pattern that opens with a look-behind is tried at every character; most paragraphs hold no address.
  return (tidied.includes('://') ? tidied.replace(/(?<=\p{L})(?=https?:\/\/)/gu, ' ') : tidied).trim();
}

/** The paragraphs of `text` (already normalised: "\n" line ends, plain spaces), tidied, none empty. */
export function buildParagraphs(text: string, joining: LineJoining): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(BLOCK_SEPARATOR)) {
    let current: string | null = null;
    for (const rawLine of block.split('\n')) {
      const line = rawLine.trim();
      if (line === '') continue;
      const bullet = BULLET.exec(line);
      if (bullet) {
        if (current !== null) paragraphs.push(current);
        current = line.slice(bullet[0].length);
      } else if (current !== null && shouldJoin(current, line, joining)) {
        current += ATTACHES_WITHOUT_SPACE.test(line) ? line : ` ${line}`;
      } else {
        if (current !== null) paragraphs.push(current);
        current = line;
      }
    }
    if (current !== null) paragraphs.push(current);
  }
  return paragraphs.map(tidyParagraph).filter((paragraph) => paragraph !== '');
}
