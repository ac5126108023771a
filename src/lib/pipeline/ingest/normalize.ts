/**
 * Character-level normalisation, so later stages see one form of each thing: NFC, "\n" line ends, one
 * kind of space, one apostrophe (’, U+2019), no invisible characters.
 *
 * French typography puts no-break and narrow no-break spaces before « » : ; ! ? and inside « guillemets »;
 * they are spacing, so they become plain spaces (tokenisers and offsets then treat every space alike).
 */

const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028]/gu;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Zero-width characters, soft hyphens and stray BOMs: invisible, but they would split words and shift offsets. */
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
/**
 * Half a UTF-16 pair: what an HTML entity such as `&#xD800;` decodes to. It is no character, no reader can
 * show it, and XML and strict UTF-8 writers refuse it. Without the `u` flag so the halves can be matched.
 */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The straight quote and the modifier letter apostrophe are always apostrophes in running French text. */
const PLAIN_APOSTROPHES = /['ʼ]/gu;
/**
 * An opening quote, grave or acute accent between letters, or after an elided word (l‘, qu‘), is a
 * mistyped apostrophe; elsewhere ‘ opens a quotation and is left alone.
 */
const MISTYPED_APOSTROPHES = /(?<=\p{L})[‘`´](?=\p{L})|(?<=(?:^|[^\p{L}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu))‘/giu;

/** The look-behinds make the full pattern slow on long texts, and most texts have no candidate at all. */
function fixMistypedApostrophes(text: string): string {
  return /[‘`´]/u.test(text) ? text.replace(MISTYPED_APOSTROPHES, '’') : text;
}

/** Normalises `text` as described above; idempotent. */
export function normalizeText(text: string): string {
  const normalized = text
    .replace(LONE_SURROGATES, '')
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(/\u2029/gu, '\n\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .replace(PLAIN_APOSTROPHES, '’');
  return fixMistypedApostrophes(normalized);
}
