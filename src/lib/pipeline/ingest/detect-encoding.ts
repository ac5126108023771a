/**
 * Which legacy encoding a file that is not UTF-8 is in. chardet (ICU's detector: byte statistics and
 * per-language n-grams) names the script family: Latin, Cyrillic (windows-1251, KOI8-R), Japanese
 * (Shift-JIS, EUC-JP), Chinese, Korean… Within the Latin family it cannot tell Windows-1252 from
 * ISO-8859-15, which differ on exactly the characters French needs (œ, Œ, Ÿ, €), nor from the DOS and old
 * Mac pages French files were also saved in (IBM 850, Mac Roman), so that choice is made here from the bytes.
 */
import { analyse } from 'chardet';
import { decodeAs, type Encoding } from './encodings';

const CHARDET_NAMES: Readonly<Record<string, Encoding | 'latin'>> = {
  'ISO-8859-1': 'latin',
  'windows-1252': 'latin',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'ISO-8859-5': 'iso-8859-5',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-KR': 'euc-kr'
};
/**
 * The corpus is French: a Latin reading within this many points of chardet's best guess wins. Short French
 * texts score as Romanian or Turkish (ISO-8859-2, -9) as often as French, their bytes being the same.
 */
const LATIN_MARGIN = 10;
/** Below this many bytes outside ASCII there is too little to go on: Windows-1252, as before detection. */
const MIN_EVIDENCE = 8;
/** chardet reads the whole sample it is given; the start of a file tells its encoding as well as all of it. */
const SAMPLE_SIZE = 65_536;

/** Bytes where ISO-8859-15 has œ Œ Ÿ € Š š Ž ž and Windows-1252 rare signs (½ ¼ ¾ ¤ ¦ ¨ ´ ¸). */
const LATIN9_LETTERS = new Set([0xbc, 0xbd, 0xbe, 0xa6, 0xa8, 0xb4, 0xb8]);
const LATIN9_EURO = 0xa4;

function isLetterByte(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte >= 0xc0);
}

function isDigitOrSpace(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || byte === 0x20 || byte === 0xa0);
}

/**
 * ISO-8859-15 when its œ/Œ/Ÿ… sit inside words or its € beside figures, and no byte uses the 0x80–0x9F block
 * (printable in Windows-1252, control codes in ISO-8859-15); Windows-1252 otherwise.
 */
export function chooseLatinPage(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' {
  let inWords = 0;
  let elsewhere = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte >= 0x80 && byte <= 0x9f) return 'windows-1252';
    const before = bytes[index - 1];
    const after = bytes[index + 1];
    if (LATIN9_LETTERS.has(byte)) {
      if (isLetterByte(before) || isLetterByte(after)) inWords++;
      else elsewhere++;
    } else if (byte === LATIN9_EURO) {
      if (isDigitOrSpace(before) || isDigitOrSpace(after)) inWords++;
      else elsewhere++;
    }
  }
  return inWords > elsewhere ? 'iso-8859-15' : 'windows-1252';
}

/** Western pages French files come in, the most common first (it wins ties). */
const WESTERN_PAGES = ['windows-1252', 'macintosh', 'ibm850'] as const;
const FRENCH_LOWER = new Set('àâäçéèêëîïôöùûüÿœæ');
const HIGH_HALF = Uint8Array.from({ length: 128 }, (_, index) => 0x80 + index);

function isLowerAscii(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x61 && byte <= 0x7a;
}

/**
 * How French a page makes the bytes beside lower-case letters, which are letters of the word: +1 for each
 * that it reads as a lower-case French letter ("été"), −1 for each it reads as anything else ("‚t‚", "ŽtŽ").
 */
function inWordScore(bytes: Uint8Array, page: (typeof WESTERN_PAGES)[number]): number {
  const high = decodeAs(HIGH_HALF, page);
  let score = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte < 0x80 || !(isLowerAscii(bytes[index - 1]) || isLowerAscii(bytes[index + 1]))) continue;
    score += FRENCH_LOWER.has(high[byte - 0x80]) ? 1 : -1;
  }
  return score;
}

/**
 * The Western page of a French file: Windows-1252 (or ISO-8859-15, see below), unless IBM 850 or Mac Roman
 * reads its accented letters as French better. Their accented letters sit in 0x80–0x9F, so only a file
 * using that block is in question.
 */
export function chooseWesternPage(bytes: Uint8Array): Encoding {
  const sample = bytes.subarray(0, SAMPLE_SIZE);
  if (!sample.some((byte) => byte >= 0x80 && byte <= 0x9f)) return chooseLatinPage(bytes);
  let best: { page: (typeof WESTERN_PAGES)[number]; score: number } | null = null;
  for (const page of WESTERN_PAGES) {
    const score = inWordScore(sample, page);
    if (best === null || score > best.score) best = { page, score };
  }
  return best === null || best.page === 'windows-1252' ? chooseLatinPage(bytes) : best.page;
}

function countHighBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte >= 0x80) count++;
  return count;
}

/** The legacy encoding of `bytes` (known not to be UTF-8 or UTF-16). */
export function detectLegacyEncoding(bytes: Uint8Array): Encoding {
  const sample = bytes.subarray(0, SAMPLE_SIZE);
  if (countHighBytes(sample) < MIN_EVIDENCE) return chooseWesternPage(bytes);
  const guesses = analyse(sample).flatMap((match) => {
    const encoding = CHARDET_NAMES[match.name];
    return encoding === undefined ? [] : [{ encoding, confidence: match.confidence }];
  });
  const best = guesses[0];
  const latin = guesses.find((guess) => guess.encoding === 'latin');
  if (best === undefined || best.encoding === 'latin' || (latin !== undefined && latin.confidence >= best.confidence - LATIN_MARGIN)) {
    return chooseWesternPage(bytes);
  }
  return best.encoding as Encoding;
}
