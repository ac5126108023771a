/**
 * The encodings ingest reads, by the names `corpus.json` uses (WHATWG labels), and how each is decoded.
 * Single-byte pages go through iconv-lite's tables (Node's TextDecoder reads windows-1252 as Latin-1);
 * the multi-byte Asian encodings through TextDecoder, which browsers and Node's ICU both have.
 */
import { decodeCodePage, type CodePageTable } from './code-pages';

const SINGLE_BYTE = {
  'windows-1252': 'windows1252',
  'iso-8859-1': 'iso88591',
  'iso-8859-15': 'iso885915',
  'windows-1250': 'windows1250',
  'iso-8859-2': 'iso88592',
  'windows-1251': 'windows1251',
  'koi8-r': 'koi8r',
  'iso-8859-5': 'iso88595',
  'windows-1253': 'windows1253',
  'iso-8859-7': 'iso88597',
  'windows-1254': 'windows1254',
  'iso-8859-9': 'iso88599',
  'windows-1255': 'windows1255',
  'windows-1256': 'windows1256',
  macintosh: 'macintosh',
  ibm850: 'cp850'
} as const satisfies Record<string, CodePageTable>;
const MULTI_BYTE = ['shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr'] as const;
const UNICODE = ['utf-8', 'utf-16le', 'utf-16be'] as const;

export const ENCODINGS = [...UNICODE, ...(Object.keys(SINGLE_BYTE) as (keyof typeof SINGLE_BYTE)[]), ...MULTI_BYTE] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The code pages French text is written in: decoding in one of these needs no warning. */
export const FRENCH_ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'macintosh', 'ibm850'];

export function isEncoding(name: string): name is Encoding {
  return (ENCODINGS as readonly string[]).includes(name);
}

/** Decodes `bytes` in `encoding`, never failing: bytes the encoding does not define become U+FFFD or a C1 control. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding in SINGLE_BYTE) return decodeCodePage(bytes, SINGLE_BYTE[encoding as keyof typeof SINGLE_BYTE]);
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}
