/**
 * Character classes for the tokenizer and the sentence splitter, as bit flags per UTF-16 code unit.
 *
 * Both scan every character of the corpus; a Unicode-property regex per character would cost more than all the
 * rest of segmentation, so the Basic Multilingual Plane is classified once into a 64 KB table, on first use.
 * Astral characters (emoji, mathematical letters) are rare and classified on the fly from their code point.
 */

export const LETTER = 1;
export const DIGIT = 2;
/** Combining marks, "°" and "º": part of a word without being a letter ("n°", a decomposed "é"). */
export const WORD_PART = 4;
export const UPPER = 8;
export const LOWER = 16;
/** Whitespace, controls and invisible format characters (BOM, zero-width space): never inside a token. */
export const SPACE = 32;
export const WORD = LETTER | DIGIT | WORD_PART;

const IS_LETTER = /\p{L}/u;
const IS_DIGIT = /\p{N}/u;
const IS_MARK = /\p{M}/u;
const IS_UPPER = /[\p{Lu}\p{Lt}]/u;
const IS_LOWER = /\p{Ll}/u;
const IS_SPACE = /[\s\p{Z}\p{Cc}\p{Cf}]/u;

function classify(char: string): number {
  let flags = 0;
  if (IS_LETTER.test(char)) flags |= LETTER;
  if (IS_DIGIT.test(char)) flags |= DIGIT;
  if (IS_MARK.test(char) || char === '°' || char === 'º') flags |= WORD_PART;
  if (IS_UPPER.test(char)) flags |= UPPER;
  if (IS_LOWER.test(char)) flags |= LOWER;
  if (IS_SPACE.test(char)) flags |= SPACE;
  return flags;
}

let table: Uint8Array | undefined;

function buildTable(): Uint8Array {
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    // Lone surrogates get no class: `classAt` pairs them up and classifies the code point.
    if (code < 0xd800 || code > 0xdfff) built[code] = classify(String.fromCharCode(code));
  }
  return built;
}

/** The BMP table itself, for scanners that inline the common case (`code < 0xd800 || code > 0xdfff`). */
export function charTable(): Uint8Array {
  return (table ??= buildTable());
}

/** Flags of the character at `index` (0 past the end); `widthAt` says how many code units it spans. */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code !== code) return 0; // NaN: past the end
  if (code < 0xd800 || code > 0xdfff) return (table ??= buildTable())[code];
  const point = text.codePointAt(index)!;
  return point > 0xffff ? classify(String.fromCodePoint(point)) : 0;
}

export function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}
