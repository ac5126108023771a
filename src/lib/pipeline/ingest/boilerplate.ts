/**
 * Removes what a web page wraps around its article: the URL slug or address a text export may start
 * with, a date-only line (kept as metadata instead), image captions, repeated title lines, page widgets,
 * and the trailing sections (comments, trackbacks, related posts) that follow the article.
 *
 * A trailing section is cut only when everything after its heading is boilerplate too: reader comments
 * under a comment heading, or short link lines and widgets under a related-posts heading. So an "À lire
 * aussi" box in the middle of an article costs one line, never the rest of the article.
 */
import { isBareUrl, isBoilerplateLine, isCommentMarker, isSectionMarker, isUrlSlug } from './boilerplate-patterns';
import { splitCaptions } from './captions';
import { findDate } from './dates';

/** How many opening paragraphs may hold a slug, address or date line; past them such lines are content. */
export const HEAD_SIZE = 4;
/**
 * Link lines (related-post titles) are short and do not end like a sentence; a paragraph that is longer or
 * ends with a full stop, after a link-list heading, is article text.
 */
const LINK_LINE_MAX_LENGTH = 160;
const SENTENCE_END = /[.…:;]$/u;
/** Words that go with a date on a dateline ("Publié le 7 juillet 2015"). */
const DATELINE_WORDS = /(?<!\p{L})(?:publié|posté|mis à jour|modifié|posted|published|updated|le|on|the)(?!\p{L})|[\s,.:;|–—-]/giu;

/** True when `paragraph` is a date and nothing else worth keeping ("7 Juil 2015", "Publié le 7/7/2015"). */
export function isDateLine(paragraph: string): boolean {
  const date = findDate(paragraph);
  return date !== null && paragraph.replace(date.match, '').replace(DATELINE_WORDS, '') === '';
}

function isHeadNoise(paragraph: string): boolean {
  return isUrlSlug(paragraph) || isBareUrl(paragraph) || isDateLine(paragraph);
}

/** Whether everything after the section heading at `index` is boilerplate too (see the banner). */
function isTrailingSection(paragraphs: readonly string[], index: number): boolean {
  let inComments = isCommentMarker(paragraphs[index]);
  for (const paragraph of paragraphs.slice(index + 1)) {
    if (isBoilerplateLine(paragraph)) {
      inComments ||= isCommentMarker(paragraph);
    } else if (!inComments && (paragraph.length > LINK_LINE_MAX_LENGTH || SENTENCE_END.test(paragraph))) {
      return false;
    }
  }
  return true;
}

/** Index where the trailing boilerplate starts (the length when there is none); never cuts the first paragraph. */
export function findTrailingCut(paragraphs: readonly string[]): number {
  const index = paragraphs.findIndex(
    (paragraph, i) => i > 0 && isSectionMarker(paragraph) && isTrailingSection(paragraphs, i)
  );
  return index === -1 ? paragraphs.length : index;
}

function comparable(paragraph: string): string {
  return paragraph.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

const SEPARATOR = /[\s\p{P}]/uy;

function isSeparator(lowered: string, index: number): boolean {
  SEPARATOR.lastIndex = index;
  return SEPARATOR.test(lowered);
}

function skipSeparators(lowered: string, index: number): number {
  while (index < lowered.length && isSeparator(lowered, index)) index += codePointLength(lowered, index);
  return index;
}

function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * Whether two lower-cased paragraphs have the same `comparable` key: the same runs of characters between
 * separators. Walked side by side and decided at the first difference, which for two different paragraphs
 * is almost always within a few characters, instead of building both keys.
 */
function sameComparable(a: string, b: string): boolean {
  let i = skipSeparators(a, 0);
  let j = skipSeparators(b, 0);
  for (;;) {
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    const length = codePointLength(a, i);
    if (a.codePointAt(i) !== b.codePointAt(j)) return false;
    i += length;
    j += length;
    const boundaryA = i === a.length || isSeparator(a, i);
    const boundaryB = j === b.length || isSeparator(b, j);
    if (boundaryA !== boundaryB) return false;
    if (boundaryA) {
      i = skipSeparators(a, i);
      j = skipSeparators(b, j);
    }
  }
}

/**
 * Drops repeats of the previous paragraph anywhere, and of any earlier paragraph in the head (repeated titles).
 * Full keys are built only in the head; past it, each paragraph is only compared with the one before.
 */
function dropRepeats(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (const paragraph of paragraphs) {
    const lowered = paragraph.toLowerCase();
    const inHead = kept.length < HEAD_SIZE;
    const key = inHead ? comparable(paragraph) : null;
    const repeated = sameComparable(lowered, previous) || (key !== null && seen.has(key));
    if (repeated && skipSeparators(lowered, 0) < lowered.length) continue;
    kept.push(paragraph);
    previous = lowered;
    if (key !== null) seen.add(key);
  }
  return kept;
}

/** The article's paragraphs, without the page's boilerplate. */
export function removeBoilerplate(paragraphs: readonly string[]): string[] {
  const uncaptioned = paragraphs.flatMap(splitCaptions);
  const withoutHead = uncaptioned.filter((paragraph, index) => index >= HEAD_SIZE || !isHeadNoise(paragraph));
  const article = withoutHead.slice(0, findTrailingCut(withoutHead));
  return dropRepeats(article.filter((paragraph) => !isBoilerplateLine(paragraph)));
}
