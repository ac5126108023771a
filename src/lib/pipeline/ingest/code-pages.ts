/**
 * Legacy single-byte code pages, as character → byte maps, for undoing mojibake.
 *
 * The tables come from iconv-lite's generated data (the same tables its codecs use); we build the reverse
 * maps ourselves because iconv-lite's `encode` needs Node's `Buffer` and this stage also runs in the browser.
 */
import ICONV_TABLES from 'iconv-lite/encodings/sbcs-data-generated.js';

/**
 * Code pages UTF-8 text is commonly mis-decoded with, most frequent first: the order breaks ties when two
 * pages explain the same sequences (cp1252 and Latin-1 both read "Ã©").
 */
export const MOJIBAKE_CODE_PAGES = [
  'windows1252',
  'iso88591',
  'iso885915',
  'iso885916',
  'windows1250',
  'iso88592',
  'windows1251',
  'windows1254',
  'windows1257',
  'macintosh',
  'cp850'
] as const;
export type CodePage = (typeof MOJIBAKE_CODE_PAGES)[number];

const UNDEFINED_BYTE = '\uFFFD';
/** Marks characters a code page cannot encode in the lookup tables. */
export const NOT_IN_CODE_PAGE = -1;
const cache = new Map<CodePage, Int16Array>();

/** A single-byte table iconv-lite ships (the mojibake pages, and the others ingest can decode). */
export type CodePageTable = CodePage | 'windows1251' | 'koi8r' | 'iso88595' | 'windows1253' | 'iso88597' | 'iso88599' | 'windows1255' | 'windows1256';

function tableChars(codePage: CodePageTable): string[] {
  const table = ICONV_TABLES[codePage];
  if (typeof table !== 'object' || table.chars.length !== 128) {
    throw new Error(`code-pages: iconv-lite has no 128-character table for "${codePage}"`);
  }
  return Array.from(table.chars);
}

/**
 * The byte of each UTF-16 code unit in the code page's upper half (0x80–0xFF), indexed by code unit, else
 * NOT_IN_CODE_PAGE (ASCII included: it never takes part in mojibake). A flat array because the lookup
 * runs once per character per candidate page.
 */
export function codePageBytes(codePage: CodePage): Int16Array {
  const cached = cache.get(codePage);
  if (cached) return cached;
  const bytes = new Int16Array(0x10000).fill(NOT_IN_CODE_PAGE);
  tableChars(codePage).forEach((char, index) => {
    const unit = char.charCodeAt(0);
    if (char !== UNDEFINED_BYTE && bytes[unit] === NOT_IN_CODE_PAGE) bytes[unit] = 0x80 + index;
  });
  cache.set(codePage, bytes);
  return bytes;
}

/**
 * Decodes bytes in a single-byte code page. Node's `TextDecoder('windows-1252')` reads 0x80–0x9F as C1
 * controls instead of € ’ – œ…, so the table is applied directly. Bytes the page leaves undefined become
 * the C1 control of the same value, as the WHATWG decoder does, and normalisation later drops them.
 */
export function decodeCodePage(bytes: Uint8Array, codePage: CodePageTable): string {
  const high = tableChars(codePage).map((char, index) => (char === UNDEFINED_BYTE ? String.fromCharCode(0x80 + index) : char));
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : high[byte - 0x80];
  return text;
}
