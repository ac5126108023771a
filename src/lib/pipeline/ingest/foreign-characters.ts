/**
 * Characters French text does not use, counted to catch a file read in the wrong encoding: Cyrillic read
 * as Windows-1252 gives "Ìîñêâà", ISO-8859-15 read as Windows-1252 gives "½uvre", Shift-JIS gives
 * "“ú–{Œê". These are the letters and signs of the Latin-1 range that such misreadings produce and that
 * French spelling never needs; one "España" or "Ångström" in a French text is no sign of anything,
 * so only a share of them counts.
 */

const FOREIGN = new Set(Array.from('ßÞþÐðÝýØøÅåÃãÕõÑñÍíÌìÓóÒòÚúÁáÄ¤¦¨´¸¼½¾¬¯±¹²³µ¶º¿¡×÷ƒˆ˜‰Š‹š›Žž', (char) => char.charCodeAt(0)));
/** Foreign characters among letters above this share mean a wrong encoding, not a quoted name. */
const FOREIGN_SHARE = 0.003;
const MIN_FOREIGN = 3;
const SHOWN = 5;

export interface ForeignCharacters {
  count: number;
  /** The most frequent, most frequent first, for the warning. */
  examples: string[];
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The foreign characters of `text` when there are enough of them to suggest a wrong encoding, else null.
 * Characters beyond ASCII are counted as letters without a Unicode lookup: nearly all are, and the share
 * only needs to be about right; the scan runs over every document of a large corpus.
 */
export function findForeignCharacters(text: string): ForeignCharacters | null {
  const counts = new Map<number, number>();
  let letters = 0;
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (isAsciiLetter(code)) letters++;
    } else if (FOREIGN.has(code)) {
      count++;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    } else letters++;
  }
  if (count < MIN_FOREIGN || count < (letters + count) * FOREIGN_SHARE) return null;
  const examples = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, SHOWN)
    .map(([code]) => String.fromCharCode(code));
  return { count, examples };
}
