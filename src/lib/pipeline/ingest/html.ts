/**
 * HTML to plain text: the article's words in reading order, with block elements turned into paragraph
 * breaks, plus the metadata the page declares (<title>/<h1>, author, date, canonical URL, language).
 *
 * Page furniture (scripts, styles, navigation, headers, footers, asides, forms) is dropped with its content;
 * what such markup leaves behind in plain-text exports is the boilerplate module's job.
 */
import { Parser } from 'htmlparser2';
import { decode } from 'html-entities';

export interface HtmlExtract {
  text: string;
  title: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
}

/** Elements whose whole content is not article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'iframe', 'svg', 'canvas', 'object', 'head', 'title'
]);
/** Elements that end a paragraph; their content never runs into the next block's. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul'
]);
const PARAGRAPH_BREAK = '\n\n';
/** HTML's own whitespace; `\s` would also eat no-break spaces, which are content (&nbsp; before « »). */
const HTML_WHITESPACE = /[ \t\n\r\f]+/gu;

function decodeText(raw: string): string {
  return decode(raw, { level: 'html5' });
}

function decodeAttribute(raw: string | undefined): string | null {
  const value = raw === undefined ? '' : decode(raw, { level: 'html5', scope: 'attribute' }).trim();
  return value === '' ? null : value;
}

/** `<title>` often carries the site name after a separator ("Article | Site"); the article's part comes first. */
function stripSiteName(title: string): string {
  return title.split(/\s+[|–—·»-]\s+/u)[0].trim();
}

function squeeze(text: string): string | null {
  const squeezed = text.replace(HTML_WHITESPACE, ' ').trim();
  return squeezed === '' ? null : squeezed;
}

/** Extracts the text and declared metadata of an HTML document; never throws on malformed markup. */
export function htmlToText(html: string): HtmlExtract {
  const out: string[] = [];
  const meta: Omit<HtmlExtract, 'text'> = { title: null, author: null, date: null, url: null, language: null };
  let dropDepth = 0;
  let preDepth = 0;
  let pending = '';
  let titleText: string | null = null;
  let h1Text: string | null = null;
  let capture: 'title' | 'h1' | null = null;

  const flush = () => {
    if (pending === '') return;
    const text = decodeText(pending);
    pending = '';
    if (capture === 'title') titleText = (titleText ?? '') + text;
    if (capture === 'h1') h1Text = (h1Text ?? '') + text;
    if (dropDepth === 0) out.push(preDepth > 0 ? text : text.replace(HTML_WHITESPACE, ' '));
  };

  const readMeta = (name: string, attributes: Record<string, string>) => {
    if (name === 'html') meta.language ??= decodeAttribute(attributes.lang)?.slice(0, 2).toLowerCase() ?? null;
    if (name === 'link' && attributes.rel?.toLowerCase() === 'canonical') meta.url ??= decodeAttribute(attributes.href);
    if (name !== 'meta') return;
    const key = (attributes.name ?? attributes.property ?? '').toLowerCase();
    const content = decodeAttribute(attributes.content);
    if (key === 'author') meta.author ??= content;
    if (key === 'og:url') meta.url ??= content;
    if (key === 'article:published_time' || key === 'date' || key === 'dc.date') meta.date ??= content;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        readMeta(name, attributes);
        if (name === 'title' && titleText === null) capture = 'title';
        if (name === 'h1' && h1Text === null) capture = 'h1';
        if (DROPPED.has(name)) dropDepth++;
        if (name === 'pre') preDepth++;
        if (BLOCKS.has(name)) out.push(PARAGRAPH_BREAK);
        if (name === 'br') out.push('\n');
      },
      ontext(text) {
        pending += text;
      },
      onclosetag(name) {
        flush();
        if ((name === 'title' && capture === 'title') || (name === 'h1' && capture === 'h1')) capture = null;
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCKS.has(name)) out.push(PARAGRAPH_BREAK);
      }
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  flush();

  const h1 = h1Text === null ? null : squeeze(h1Text);
  const title = titleText === null ? null : squeeze(titleText);
  meta.title = h1 ?? (title === null ? null : stripSiteName(title));
  return { text: out.join(''), ...meta };
}
