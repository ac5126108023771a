import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/lib/pipeline/ingest/decode';

const FIXTURES = new URL('../../../fixtures/ingest/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const FRENCH = 'L’été à Paris\n\nÇa coûte 20 € : « déjà vu » – c’est l’œuvre d’Éloïse.\n';

describe('decodeBytes: encodings', () => {
  it.each([
    { file: 'utf8-bom.txt', encoding: 'utf-8' },
    { file: 'utf16le-bom.txt', encoding: 'utf-16le' },
    { file: 'utf16be-bom.txt', encoding: 'utf-16be' },
    { file: 'cp1252.txt', encoding: 'windows-1252' }
  ])('reads $file as $encoding, BOM dropped', ({ file, encoding }) => {
    expect(decodeBytes(fixture(file))).toEqual({ ok: true, text: FRENCH, encoding });
  });

  it.each([
    { label: 'plain UTF-8', bytes: new TextEncoder().encode('Où est l’œuvre ?'), text: 'Où est l’œuvre ?', encoding: 'utf-8' },
    { label: 'Latin-1 accents', bytes: Uint8Array.from([0xc9, 0x74, 0xe9]), text: 'Été', encoding: 'windows-1252' },
    // cp1252's 0x80–0x9F block (€ ’ œ …) is exactly where Latin-1 has controls.
    { label: 'cp1252 punctuation', bytes: Uint8Array.from([0x80, 0x20, 0x92, 0x9c, 0x85]), text: '€ ’œ…', encoding: 'windows-1252' },
    { label: 'UTF-8 BOM over cp1252 bytes', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x64, 0xe9, 0x6a, 0xe0]), text: 'déjà', encoding: 'windows-1252' }
  ])('detects $label', ({ bytes, text, encoding }) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding });
  });
});

describe('decodeBytes: refusals', () => {
  it.each([
    { label: 'empty file', bytes: fixture('empty.txt'), reason: /empty file/ },
    { label: 'PNG bytes named .txt', bytes: fixture('binary.txt'), reason: /binary content \(NUL bytes/ },
    { label: 'odd-length UTF-16', bytes: fixture('utf16le-odd.txt'), reason: /invalid UTF-16LE/ },
    { label: 'mostly control characters', bytes: Uint8Array.from([1, 2, 3, 4, 0x41, 5, 6, 7]), reason: /binary content \(7 control/ },
    { label: 'UTF-16 without BOM', bytes: Uint8Array.from([0x41, 0, 0x42, 0]), reason: /UTF-16 needs a byte-order mark/ }
  ])('refuses $label', ({ bytes, reason }) => {
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
