/**
 * Markdown to plain text, lightly: headings, emphasis, links, images, code marks and quotes lose their
 * syntax; paragraph and list structure stay as lines for the paragraph builder. Not a full CommonMark
 * parser on purpose: articles use a small subset, and anything unusual survives as (slightly noisy) text.
 */

export interface MarkdownExtract {
  text: string;
  /** The front matter's title, else the first level-1 heading, else the first heading of any level. */
  title: string | null;
  /** From YAML front matter (`author:`, `date:`), which static-site articles often carry. */
  author: string | null;
  date: string | null;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;
const FRONT_MATTER_FIELD = /^(title|author|date)\s*:\s*["']?(.*?)["']?\s*$/imu;

/** Splits off YAML front matter, reading only the flat fields ingest needs. */
function readFrontMatter(markdown: string): { body: string; fields: Map<string, string> } {
  const match = FRONT_MATTER.exec(markdown);
  const fields = new Map<string, string>();
  if (!match) return { body: markdown, fields };
  for (const line of match[1].split('\n')) {
    const field = FRONT_MATTER_FIELD.exec(line);
    if (field && field[2] !== '') fields.set(field[1].toLowerCase(), field[2]);
  }
  return { body: markdown.slice(match[0].length), fields };
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/u;
const FENCE = /^ {0,3}(```|~~~)/u;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/u;
/** Link reference definitions ("[id]: https://…") are addresses, not text; footnote texts ("[^1]: …") are. */
const REFERENCE_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:\s*\S+/u;

/**
 * Inline syntax, in the order it must be removed: images before links, strong before emphasis. Spans are
 * bounded so an unclosed "[" or "**" costs a bounded look-ahead instead of a scan of the rest of the line
 * for every opener (quadratic on long lines).
 */
const INLINE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/gu, ''],
  [/!\[[^\]]{0,500}\]\[[^\]]{0,200}\]/gu, ''],
  [/\[([^\]]{1,500})\]\([^)]{0,2000}\)/gu, '$1'],
  [/\[([^\]]{1,500})\]\[[^\]]{0,200}\]/gu, '$1'],
  [/<(https?:\/\/[^>\s]{1,2000})>/gu, '$1'],
  [/\[\^([^\]]{1,50})\]:?/gu, '[$1]'],
  [/`([^`]{1,500})`/gu, '$1'],
  [/(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1/gu, '$2'],
  [/(?<![\p{L}\p{N}*])\*(?=\S)(.{1,500}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1'],
  [/(?<![\p{L}\p{N}_])_(?=\S)(.{1,500}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1'],
  [/~~(.{1,500}?)~~/gu, '$1']
];

function stripInline(line: string): string {
  return INLINE_RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/** Strips markdown syntax from `markdown`, keeping one line per source line and blank lines between blocks. */
export function markdownToText(markdown: string): MarkdownExtract {
  const { body, fields } = readFrontMatter(markdown.replace(/\r\n?/gu, '\n'));
  const lines = body.split('\n');
  const out: string[] = [];
  let title: string | null = null;
  let titleLevel = Infinity;
  lines.forEach((raw, index) => {
    if (FENCE.test(raw) || RULE.test(raw) || REFERENCE_DEFINITION.test(raw)) {
      out.push('');
      return;
    }
    const next = lines[index + 1] ?? '';
    const heading = HEADING.exec(raw);
    const setext = !heading && raw.trim() !== '' && SETEXT_UNDERLINE.test(next) ? (next.trim()[0] === '=' ? 1 : 2) : 0;
    if (SETEXT_UNDERLINE.test(raw) && out.length > 0 && out[out.length - 1] !== '') {
      out.push('');
      return;
    }
    const unquoted = raw.replace(/^ {0,3}(?:>\s?)+/u, '');
    const bulleted = unquoted.replace(/^(\s*)[*+](\s+)/u, '$1-$2');
    const text = stripInline(heading ? heading[2] : bulleted);
    const level = heading ? heading[1].length : setext;
    if (level > 0) {
      if (level < titleLevel && text.trim() !== '') {
        title = text.trim();
        titleLevel = level;
      }
      out.push('', text, '');
      return;
    }
    out.push(text);
  });
  return {
    text: out.join('\n'),
    title: fields.get('title') ?? title,
    author: fields.get('author') ?? null,
    date: fields.get('date') ?? null
  };
}
