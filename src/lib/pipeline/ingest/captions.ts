/**
 * Image captions that text exports glue to the article: screen-capture file names ("Capture d’écran
 * 2015-04-20 à 15.17.00Je trouve…") and upper-case file-style labels ("BERTRAND_DUPERRINIl y a…").
 *
 * A caption stood where an image was, between two blocks of text, so removing it also ends the paragraph
 * before it: the text after it starts a paragraph of its own.
 */

const SCREEN_CAPTURE = new RegExp(
  [
    '(?:Capture d’écran|Capture|Screenshot|Screen ?Shot|Bildschirmfoto|Captura de pantalla)',
    '[ _-]?(?:du |de |from |vom )?\\d{4}-\\d{2}-\\d{2}',
    '(?:[ _-]?(?:à|at|a las|um)?[ _-]?\\d{1,2}[.:h]\\d{2}(?:[.:]\\d{2})?(?: ?[AP]M)?)?',
    '(?:\\s?\\(\\d+\\))?(?:\\.(?:png|jpe?g|gif|webp))?'
  ].join(''),
  'giu'
);
/** An upper-case label with underscores (a file or asset name), glued to the capitalised word after it. */
const GLUED_LABEL = /(?<![\p{L}\d_])\p{Lu}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)+(?=\p{Lu}\p{Ll})/gu;
/** The same kind of label, or an image file name, standing alone as a paragraph. */
const LONE_LABEL = /^(?:\p{Lu}[\p{Lu}\d]*(?:_[\p{Lu}\d]+)+|[\p{L}\d_-]+\.(?:png|jpe?g|gif|webp|svg))$/iu;

/**
 * What any caption glued to text contains: a capture's date or a label's underscore. Most paragraphs have neither, and
 * checking that first spares them the full patterns, whose look-behind is tried at every character.
 */
const MAY_HOLD_CAPTION = /\d{4}-\d{2}-\d{2}|_/u;

/** Removes captions from `paragraph`, returning the paragraphs around them (none if it was only a caption). */
export function splitCaptions(paragraph: string): string[] {
  if (LONE_LABEL.test(paragraph)) return [];
  if (!MAY_HOLD_CAPTION.test(paragraph) && !paragraph.includes('\n')) {
    const trimmed = paragraph.trim();
    return trimmed === '' ? [] : [trimmed];
  }
  return paragraph
    .replace(SCREEN_CAPTURE, '\n')
    .replace(GLUED_LABEL, '\n')
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
