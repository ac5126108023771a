/**
 * Tokenize: a sentence's text into words, numbers and punctuation, with offsets into that text.
 *
 * Written by hand because Intl.Segmenter's word granularity glues elisions ("l’entreprise") and splits compounds
 * ("cross-canal"), the two things French concept extraction cares most about. The rules:
 * - an elision is its own token, apostrophe included: "l’" "entreprise", "qu’" "il", "jusqu’" "à"; with ’ or ';
 *   lexicalised apostrophes stay inside the word ("aujourd’hui", "quelqu’un", "presqu’île", "c’est-à-dire");
 * - hyphens join: "cross-canal", "peer-to-peer", "e-commerce", "Martin-Juchat", and "a-t-il" (one token, which
 *   the lexicon does not know: it is never part of a concept anyway);
 * - letters and digits together are one word ("B2B", "3D", "1er"), and so are "R&D", "AT&T", "n°", "@handle";
 *   a digit glued to a capitalised word is a missing space, not a word ("15.17.00Je" → "15.17.00" "Je"), and
 *   one to three digits after three lower-case letters are a footnote call that lost its superscript
 *   ("La Tribune11," → "Tribune" "11", "attendre12." → "attendre" "12");
 * - numbers keep their separators between digits: "2015", "3,5", "15.17.00", "2015-04-20", "20/04/2015";
 *   signs are punctuation: "38" "%", "$" "14T";
 * - "." joins initials ("E.M", "U.S.A") and lower-case continuations ("emakina.fr", "p.ex"), not a capitalised
 *   word glued after a full stop ("économiques.Pour");
 * - URLs (http://, https://, www.) and e-mail addresses are one word, without trailing punctuation;
 * - a final apostrophe that is not an elision is punctuation ("Vélib’" → "Vélib" "’"), since after ingest ’ is
 *   also the closing single quote;
 * - every other non-space character is one punctuation token, except runs of dots ("...").
 */
import { charTable, classAt, DIGIT, LETTER, LOWER, SPACE, UPPER, WORD, widthAt } from './segment/char-class';
import type { Token } from './types';

const ELISION_STEMS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const LONGEST_STEM = 6;
/** Words whose apostrophe follows an elision stem but that are single words. */
const LEXICALISED = new Set(['c’est-à-dire', 'presqu’île', 'presqu’îles']);
const LONGEST_LEXICALISED = Math.max(...[...LEXICALISED].map((word) => word.length));
const URL_START = /https?:\/\/|www\./iy;
/** Characters that end a URL wherever they are; trailing ones in URL_TRAILING are trimmed after. */
const URL_STOP = /[\s<>"«»“”]/u;
const URL_TRAILING = `.,;:!?’'")]}»…`;

const isApostrophe = (code: number) => code === 0x2019 || code === 0x27 || code === 0x2bc;
/** A word ending in a footnote call: "B2B", "mp3", "1er" and "A380" have fewer letters before their digits. */
const FOOTNOTE_CALL = /^[\p{L}’'ʼ-]*\p{Ll}{3}(\d{1,3})$/u;
const LONGEST_FOOTNOTE_WORD = 40;

/** May the connector at `index` (".", "-", "’"…) join the word before it to the word after it? */
function joins(text: string, code: number, index: number, segmentLength: number): boolean {
  switch (code) {
    case 0x2d: // -
    case 0x2010: // ‐
    case 0x2011: // non-breaking hyphen
    case 0x5f: // _
    case 0x26: // &
    case 0x40: // @
      return (classAt(text, index + 1) & WORD) !== 0;
    case 0x2019: // ’
    case 0x27: // '
    case 0x2bc: // ʼ
      return (classAt(text, index + 1) & LETTER) !== 0;
    case 0x2e: {
      const after = classAt(text, index + 1);
      if (classAt(text, index - 1) & DIGIT) return (after & DIGIT) !== 0;
      return (after & (LOWER | DIGIT)) !== 0 || ((after & UPPER) !== 0 && segmentLength === 1);
    }
    case 0x2c: // ,
    case 0x3a: // :
    case 0x2f: // /
      return (classAt(text, index - 1) & DIGIT) !== 0 && (classAt(text, index + 1) & DIGIT) !== 0;
    default:
      return false;
  }
}

/** What `scanWord` saw, so the word is not scanned twice: its flags, and where its first apostrophe is. */
let scannedFlags = 0;
let firstApostrophe = -1;

/** End of the word starting at `start`, connectors included. */
function scanWord(text: string, start: number, table: Uint8Array): number {
  let index = start;
  let segmentStart = start;
  scannedFlags = 0;
  firstApostrophe = -1;
  for (;;) {
    while (index < text.length) {
      const code = text.charCodeAt(index);
      const isBmp = code < 0xd800 || code > 0xdfff;
      const flags = isBmp ? table[code] : classAt(text, index);
      if (!(flags & WORD)) break;
      index += isBmp ? 1 : widthAt(text, index);
      scannedFlags |= flags;
      if (flags & DIGIT && (classAt(text, index) & UPPER) !== 0 && (classAt(text, index + 1) & LOWER) !== 0) return index;
    }
    if (index >= text.length) return index;
    const code = text.charCodeAt(index);
    if (joins(text, code, index, index - segmentStart)) {
      if (firstApostrophe < 0 && isApostrophe(code)) firstApostrophe = index;
      index += 1;
      segmentStart = index;
      continue;
    }
    // "l’ entreprise" (a space after the elision) still makes "l’" a token.
    if (isApostrophe(code) && isElisionStem(text, start, index)) return index + 1;
    return index;
  }
}

function scanUrl(text: string, start: number): number {
  URL_START.lastIndex = start;
  if (!URL_START.test(text)) return start;
  let end = URL_START.lastIndex;
  while (end < text.length && !URL_STOP.test(text[end])) end += 1;
  let open = 0;
  for (let i = start; i < end; i += 1) open += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
  while (end > URL_START.lastIndex && URL_TRAILING.includes(text[end - 1])) {
    // A URL may hold balanced parentheses (Wikipedia); only an unmatched ")" closes the sentence's own.
    if (text[end - 1] === ')' && open > 0) break;
    if (text[end - 1] === ')') open += 1;
    end -= 1;
  }
  return end > URL_START.lastIndex ? end : start;
}

function kindOf(flags: number): Token['kind'] {
  return flags & LETTER || !(flags & DIGIT) ? 'word' : 'number';
}

function flagsOf(text: string, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i += 1) flags |= classAt(text, i);
  return flags;
}

function isElisionStem(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_STEM && ELISION_STEMS.has(text.slice(start, end).toLowerCase());
}

function isLexicalised(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_LEXICALISED && LEXICALISED.has(text.slice(start, end).toLowerCase().replace(/'/gu, '’'));
}

/** Pushes the word [start, end), cut after each leading elision ("qu’aujourd’hui" → "qu’" "aujourd’hui"). */
function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  let from = start;
  let apostrophe = firstApostrophe;
  while (apostrophe >= 0) {
    const cut = apostrophe + 1;
    if (!isElisionStem(text, from, apostrophe) || isLexicalised(text, from, end)) break;
    tokens.push({ text: text.slice(from, cut), start: from, end: cut, kind: 'word' });
    from = cut;
    apostrophe = from;
    while (apostrophe < end && !isApostrophe(text.charCodeAt(apostrophe))) apostrophe += 1;
    if (apostrophe === end) apostrophe = -1;
  }
  const flags = from === start ? scannedFlags : flagsOf(text, from, end);
  tokens.push({ text: text.slice(from, end), start: from, end, kind: kindOf(flags) });
}

export function tokenize(text: string): Token[] {
  const table = charTable();
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const flags = code < 0xd800 || code > 0xdfff ? table[code] : classAt(text, index);
    if (flags & SPACE) {
      index += 1;
      continue;
    }
    const isHandle = (code === 0x40 || code === 0x23) /* @ # */ && (classAt(text, index + 1) & LETTER) !== 0 && (classAt(text, index - 1) & WORD) === 0;
    if (flags & WORD || isHandle) {
      const urlEnd = code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57 ? scanUrl(text, index) : index;
      if (urlEnd > index) {
        tokens.push({ text: text.slice(index, urlEnd), start: index, end: urlEnd, kind: 'word' });
        index = urlEnd;
        continue;
      }
      const end = scanWord(text, isHandle ? index + 1 : index, table);
      const call = end - index <= LONGEST_FOOTNOTE_WORD && scannedFlags & DIGIT ? FOOTNOTE_CALL.exec(text.slice(index, end)) : null;
      if (call) {
        const cut = end - call[1].length;
        pushWord(tokens, text, index, cut);
        tokens.push({ text: call[1], start: cut, end, kind: 'number' });
      } else {
        pushWord(tokens, text, index, end);
      }
      index = end;
      continue;
    }
    let end = index + widthAt(text, index);
    if (code === 0x2e) while (text.charCodeAt(end) === 0x2e) end += 1;
    tokens.push({ text: text.slice(index, end), start: index, end, kind: 'punct' });
    index = end;
  }
  return tokens;
}
