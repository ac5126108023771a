/**
 * Decodes a file's bytes to text and names the encoding it used.
 *
 * A byte-order mark names UTF-8 or UTF-16; without one, bytes that are valid UTF-8 are UTF-8, and anything
 * else is in a legacy encoding that `detectLegacyEncoding` works out (Windows-1252, ISO-8859-15, IBM 850
 * or Mac Roman for French; Windows-1251, Shift-JIS… for what is not). An encoding named in `corpus.json` is used as given.
 * Binary content is refused rather than guessed at: the caller turns the reason into a warning.
 */
import { detectLegacyEncoding } from './detect-encoding';
import { decodeAs, type Encoding } from './encodings';

export { ENCODINGS, type Encoding } from './encodings';

export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/** Above this share of control characters the "text" is binary (or a wrong guess) and would only add noise. */
const CONTROL_SHARE_LIMIT = 0.1;
/** C0 and C1 controls other than tab, line feed, form feed and carriage return, plus U+FFFD from bad input. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/gu;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function tryDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeLegacy(bytes: Uint8Array): DecodeResult {
  const encoding = detectLegacyEncoding(bytes);
  return { ok: true, text: decodeAs(bytes, encoding), encoding };
}

function decodeWithoutCheck(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const text = tryDecode('utf-8', body);
    return text === null ? decodeLegacy(body) : { ok: true, text, encoding: 'utf-8' };
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be']
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = tryDecode(encoding, bytes.subarray(2));
    return text === null ? { ok: false, reason: `invalid ${encoding.toUpperCase()} after its byte-order mark` } : { ok: true, text, encoding };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes; UTF-16 needs a byte-order mark)' };
  const text = tryDecode('utf-8', bytes);
  return text === null ? decodeLegacy(bytes) : { ok: true, text, encoding: 'utf-8' };
}

function decodeGiven(bytes: Uint8Array, encoding: Encoding): DecodeResult {
  return { ok: true, text: decodeAs(bytes, encoding), encoding };
}

/**
 * Decodes `bytes` (in `encoding` when given, else in the one detected), or says why they are not text:
 * empty, binary, or invalid for the encoding their BOM names.
 */
export function decodeBytes(bytes: Uint8Array, encoding?: Encoding): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const result = encoding === undefined ? decodeWithoutCheck(bytes) : decodeGiven(bytes, encoding);
  if (!result.ok) return result;
  const controls = result.text.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > result.text.length * CONTROL_SHARE_LIMIT) {
    const hint = encoding === undefined ? '' : ` when read as ${encoding}`;
    return { ok: false, reason: `binary content (${controls} control characters in ${result.text.length}${hint})` };
  }
  return result;
}
