/**
 * Repairs mojibake: UTF-8 text that was once decoded with a legacy code page ("mĂ©tiers" for "métiers").
 *
 * Repair goes sequence by sequence because real files are often only partly broken: a correct "é" sits next
 * to a broken "Ă©", so re-decoding the whole text would break the letters that were right. A sequence is a
 * run of characters that, encoded back into the code page, forms one valid multi-byte UTF-8 character. The
 * code page is chosen per text, as the one explaining most sequences (ties go to the more common page), and
 * a repair is kept only when it yields a character plausible in Western European text, so correct French
 * ("État", "Ça", "CAFÉ…") is never taken for mojibake.
 */
import { MOJIBAKE_CODE_PAGES, codePageBytes, type CodePage } from './code-pages';

export interface MojibakeRepair {
  text: string;
  /** The code page the broken sequences were decoded with, or null when the text had none. */
  codePage: CodePage | null;
  /** How many sequences were repaired (code-page sequences and table entries). */
  repaired: number;
}

interface Sequence {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Broken forms no code page explains, seen in real files. "Ɠ" (U+0193) stands for "œ" in text mis-decoded
 * as ISO-8859-16: œ is C5 93 and 0x93 is an unprintable C1 control there, so some converter folded the pair
 * into one look-alike letter. The cp1250 and cp1252 forms of œ/Œ are listed too because a file whose main
 * code page is another one can still carry them (pasted from elsewhere). "à" is C3 A0 and A0 is the no-break
 * space, which copy-paste often turns into a plain space, leaving "Ã " or "Ă " that no page decodes.
 * Applied only to text that shows code-page mojibake, since "Ɠ" and "Ă" are real letters elsewhere.
 */
export const UNEXPLAINED_MOJIBAKE: ReadonlyArray<readonly [RegExp, string]> = [
  [/Ɠ/gu, 'œ'],
  [/Ĺ“/gu, 'œ'],
  [/Ĺ’/gu, 'Œ'],
  [/Å“/gu, 'œ'],
  [/Å’/gu, 'Œ'],
  // The first space is the lost no-break space (part of "à"), the second the word space, if it survived.
  [/[ÃĂ] {1,2}(?=\S)/gu, 'à ']
];

/** Double mojibake ("ÃƒÂ©") needs one pass per round of mis-decoding; three covers what occurs in practice. */
const MAX_PASSES = 3;

/** Letters and punctuation frequent in French text, used to tell competing code pages apart. */
const FRENCH_COMMON = new Set(Array.from('àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛŒ’‘“”«»–—…€\u00a0'));

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Characters a repair may produce: Latin-1 and Latin Extended-A letters, typographic punctuation, € and ™. */
function isPlausibleRepair(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0xa0 && code <= 0x17f) ||
    (code >= 0x2010 && code <= 0x203a) ||
    code === 0x20ac ||
    code === 0x2122 ||
    code === 0x0192 ||
    code === 0x02c6 ||
    code === 0x02dc
  );
}

/** How many continuation bytes a UTF-8 lead byte announces; 0 for bytes that cannot start a sequence. */
function continuationCount(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return 0;
}

function decodeUtf8(bytes: number[]): string | null {
  try {
    return UTF8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/**
 * Where sequences can be: every byte of one is 0x80 or above, which no ASCII character encodes to, so a
 * sequence lies inside a run of two or more non-ASCII characters. French text has few such runs (most
 * accented letters stand between ASCII ones), so scanning only them skips nearly all of the text.
 */
const NON_ASCII_RUN = /[^\u0000-\u007f]{2,}/g;

function findNonAsciiRuns(text: string): Array<readonly [number, number]> {
  return Array.from(text.matchAll(NON_ASCII_RUN), (match) => [match.index, match.index + match[0].length] as const);
}

/** The sequences of `text` that `codePage` explains, left to right, without overlaps. */
export function findMojibakeSequences(text: string, codePage: CodePage): Sequence[] {
  return findSequencesInRuns(text, findNonAsciiRuns(text), codePage);
}

/**
 * Left to right within each run; since a sequence cannot span an ASCII character, this finds what a scan of
 * the whole text would.
 */
function findSequencesInRuns(text: string, runs: ReadonlyArray<readonly [number, number]>, codePage: CodePage): Sequence[] {
  const bytesOf = codePageBytes(codePage);
  const sequences: Sequence[] = [];
  for (const [runStart, runEnd] of runs) {
    let index = runStart;
    while (index < runEnd) {
      const needed = continuationCount(bytesOf[text.charCodeAt(index)]);
      const bytes = [bytesOf[text.charCodeAt(index)]];
      for (let k = 1; k <= needed && index + k < runEnd; k++) {
        const byte = bytesOf[text.charCodeAt(index + k)];
        if (byte < 0x80 || byte > 0xbf) break;
        bytes.push(byte);
      }
      const decoded = needed > 0 && bytes.length === needed + 1 ? decodeUtf8(bytes) : null;
      if (decoded !== null && isPlausibleRepair(decoded)) {
        sequences.push({ start: index, end: index + needed + 1, replacement: decoded });
        index += needed + 1;
      } else {
        index += 1;
      }
    }
  }
  return sequences;
}

function applySequences(text: string, sequences: readonly Sequence[]): string {
  let result = '';
  let cursor = 0;
  for (const { start, end, replacement } of sequences) {
    result += text.slice(cursor, start) + replacement;
    cursor = end;
  }
  return result + text.slice(cursor);
}

/**
 * Scores a code page's reading: one point per sequence, one more when it yields a character common in
 * French. Pages often explain the same bytes differently ("Ăš" is "è" in ISO-8859-16 but "Ú" in cp1250),
 * and the page that turns them into everyday French letters is the one the text went through.
 */
function scoreSequences(sequences: readonly Sequence[]): number {
  return sequences.reduce((score, { replacement }) => score + (FRENCH_COMMON.has(replacement) ? 2 : 1), 0);
}

/** The code page explaining most sequences of `text`, with them; null when none explains any. */
function chooseCodePage(text: string): { codePage: CodePage; sequences: Sequence[] } | null {
  const runs = findNonAsciiRuns(text);
  if (runs.length === 0) return null;
  let best: { codePage: CodePage; sequences: Sequence[]; score: number } | null = null;
  for (const codePage of MOJIBAKE_CODE_PAGES) {
    const sequences = findSequencesInRuns(text, runs, codePage);
    const score = scoreSequences(sequences);
    if (score > (best?.score ?? 0)) best = { codePage, sequences, score };
  }
  return best;
}

function replaceUnexplained(text: string): { text: string; count: number } {
  let count = 0;
  let result = text;
  for (const [broken, fixed] of UNEXPLAINED_MOJIBAKE) {
    count += result.match(broken)?.length ?? 0;
    result = result.replace(broken, fixed);
  }
  return { text: result, count };
}

/** Repairs the mojibake sequences of `text`; text without any comes back unchanged. */
export function repairMojibake(text: string): MojibakeRepair {
  let current = text;
  let codePage: CodePage | null = null;
  let repaired = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const choice = chooseCodePage(current);
    if (!choice) break;
    codePage ??= choice.codePage;
    repaired += choice.sequences.length;
    current = applySequences(current, choice.sequences);
  }
  if (repaired === 0) return { text, codePage: null, repaired: 0 };
  const unexplained = replaceUnexplained(current);
  return { text: unexplained.text, codePage, repaired: repaired + unexplained.count };
}
