/**
 * Files in the legacy code pages French and other corpora really use: detected, decoded right, or named
 * in a warning, never turned into French-looking garbage ("½uvre", "ßíäåêñ").
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/lib/pipeline/ingest/decode';
import { chooseLatinPage, chooseWesternPage } from '../../../../src/lib/pipeline/ingest/detect-encoding';
import { findForeignCharacters } from '../../../../src/lib/pipeline/ingest/foreign-characters';
import { ingest } from '../../../../src/lib/pipeline/ingest';

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

/** ISO-8859-15 has no curly apostrophe: Latin-9 files of the 2000s use the straight one. */
const LATIN9 = "L'œuvre de Zoë et l'Haÿ-les-Roses\n\nL'œuvre coûte 20 € ; ŒUVRES COMPLÈTES, à L'HAŸ-LES-ROSES. Les entreprises françaises investissent dans l'économie.\n";
const CP1252 = 'L’œuvre de Zoë\n\nL’œuvre coûte 20 € – « déjà vu » – et c’est l’été à Paris pour les entreprises françaises.\n';
const FRENCH_PLAIN = "L'été à Noël\n\nÇa coûte cher : « déjà vu », c'est l'œuvre d'Éloïse et de sa sœur, à la tête d'une entreprise française où l'on crée des rêves.\n".replace(/œ/gu, 'oe');
const RUSSIAN = 'Яндекс\n\nЯндекс — российская транснациональная компания в отрасли информационных технологий. Компания развивает поисковую систему и сервисы.\n';
const JAPANESE = '日本語のテキスト\n\n日本語のテキストです。東京は日本の首都であり、経済の中心です。トヨタ自動車は愛知県にあります。\n';
const GREEK = 'Η ψηφιακή μεταμόρφωση\n\nΗ ψηφιακή μεταμόρφωση αλλάζει την εμπειρία των πελατών και των εργαζομένων στις επιχειρήσεις.\n';

describe('decodeBytes: legacy code pages', () => {
  it.each([
    { label: 'ISO-8859-15 with œ, €, Ÿ', text: LATIN9, encoding: 'iso-8859-15' },
    { label: 'Windows-1252 with ’ – œ €', text: CP1252, encoding: 'windows-1252' },
    // Files from DOS (IBM 850 has no curly apostrophe nor œ) and from the classic Mac OS (no € before 1998).
    { label: 'IBM 850 (DOS French)', text: FRENCH_PLAIN, encoding: 'ibm850' },
    { label: 'Mac Roman (old Mac French)', text: CP1252.replace('20 €', '20 francs'), encoding: 'macintosh' },
    { label: 'Windows-1251 (Russian)', text: RUSSIAN, encoding: 'windows-1251' },
    // KOI8-R has no dash.
    { label: 'KOI8-R (Russian)', text: RUSSIAN.replace('—', '-'), encoding: 'koi8-r' },
    { label: 'Shift-JIS (Japanese)', text: JAPANESE, encoding: 'shift_jis' },
    { label: 'EUC-JP (Japanese)', text: JAPANESE, encoding: 'euc-jp' },
    { label: 'ISO-8859-7 (Greek)', text: GREEK, encoding: 'iso-8859-7' }
  ])('detects $label', ({ text, encoding }) => {
    expect(decodeBytes(encode(text, encoding))).toEqual({ ok: true, text, encoding });
  });

  it('reads a file in the encoding it is given, whatever detection would say', () => {
    // Three bytes are too few to detect anything: Windows-1252 unless told otherwise.
    const bytes = encode('Ÿœ€', 'iso-8859-15');
    expect(decodeBytes(bytes)).toMatchObject({ text: '¾½¤', encoding: 'windows-1252' });
    expect(decodeBytes(bytes, 'iso-8859-15')).toEqual({ ok: true, text: 'Ÿœ€', encoding: 'iso-8859-15' });
    expect(decodeBytes(encode('Привет, мир', 'windows-1251'), 'windows-1251')).toMatchObject({ text: 'Привет, мир' });
  });
});

describe('chooseLatinPage', () => {
  it.each([
    { label: 'œ inside a word', bytes: [0x6c, 0x27, 0xbd, 0x75, 0x76, 0x72, 0x65], page: 'iso-8859-15' },
    { label: '€ after a figure', bytes: [0x32, 0x30, 0x20, 0xa4], page: 'iso-8859-15' },
    { label: 'curly apostrophe (0x92)', bytes: [0x6c, 0x92, 0xbd, 0x75, 0x76, 0x72, 0x65], page: 'windows-1252' },
    { label: 'a lone ½ between spaces', bytes: [0x31, 0x20, 0xbd, 0x20, 0x6c], page: 'windows-1252' },
    { label: 'plain accents only', bytes: [0xe9, 0x74, 0xe9], page: 'windows-1252' }
  ])('$label → $page', ({ bytes, page }) => {
    expect(chooseLatinPage(Uint8Array.from(bytes))).toBe(page);
  });
});

describe('chooseWesternPage', () => {
  it.each([
    { label: 'Windows-1252 punctuation beside words', text: 'c’est « déjà » l’été…', page: 'windows-1252' },
    { label: 'IBM 850 accents', text: "c'est déjà l'été à Noël", encoding: 'ibm850', page: 'ibm850' },
    { label: 'Mac Roman accents', text: 'c’est déjà l’été à Noël', encoding: 'macintosh', page: 'macintosh' }
  ])('$label → $page', ({ text, encoding, page }) => {
    expect(chooseWesternPage(encode(text, encoding ?? 'windows-1252'))).toBe(page);
  });
});

describe('findForeignCharacters', () => {
  it.each([
    { label: 'Russian read as Windows-1252', text: iconv.decode(Buffer.from(iconv.encode(RUSSIAN, 'windows-1251')), 'windows-1252'), found: true },
    { label: 'Latin-9 read as Windows-1252', text: iconv.decode(Buffer.from(iconv.encode(LATIN9.repeat(3), 'iso-8859-15')), 'windows-1252'), found: true },
    { label: 'French', text: CP1252.repeat(10), found: false },
    { label: 'French quoting España and Ångström once', text: `${CP1252.repeat(10)} España, Ångström.`, found: false }
  ])('$label → $found', ({ text, found }) => {
    expect(findForeignCharacters(text) !== null).toBe(found);
  });
});

describe('ingest: encodings and languages named in warnings', () => {
  const files = [
    { name: 'latin9.txt', bytes: encode(LATIN9, 'iso-8859-15') },
    { name: 'russe.txt', bytes: encode(RUSSIAN, 'windows-1251') },
    { name: 'japon.txt', bytes: encode(JAPANESE, 'shift_jis') },
    { name: 'anglais.txt', bytes: encode('The customer is at the heart of the digital revolution, and it is the employee who makes it work for the company.\n', 'utf-8') }
  ];
  const { documents, warnings } = ingest(files);
  const messages = (source: string) => warnings.filter((warning) => warning.source === source).map((warning) => warning.message);

  it('decodes each file right, and builds them all', () => {
    expect(documents.map((document) => [document.id, document.title, document.language])).toEqual([
      ['anglais', 'The customer is at the heart of the digital revolution, and it is the employee…', 'en'],
      ['japon', '日本語のテキスト', 'ja'],
      // Normalisation curls the apostrophes.
      ['latin9', 'L’œuvre de Zoë et l’Haÿ-les-Roses', 'fr'],
      ['russe', 'Яндекс', 'ru']
    ]);
  });

  it('says nothing about a French file in a Western code page', () => {
    expect(messages('latin9.txt')).toEqual([]);
  });

  it.each([
    { file: 'russe.txt', encoding: 'windows-1251', language: 'ru' },
    { file: 'japon.txt', encoding: 'shift_jis', language: 'ja' }
  ])('names $file: read as $encoding, not in French', ({ file, encoding, language }) => {
    expect(messages(file)).toEqual([
      `ingest: "${file}" read as ${encoding} (detected: not UTF-8 nor a Western code page); if that is wrong, set its "encoding" in corpus.json`,
      `ingest: "${file}" is not in French (language "${language}", detected): the extractor reads every document as French, so its terms and names may be wrong`
    ]);
  });

  it('names an English file as not French', () => {
    expect(messages('anglais.txt')).toEqual([expect.stringMatching(/"anglais\.txt" is not in French \(language "en", detected\)/)]);
  });

  it('reads a file in the encoding corpus.json gives, and warns when its text has characters French never uses', () => {
    const forced = ingest(files.slice(0, 2), { 'latin9.txt': { encoding: 'windows-1252' }, 'russe.txt': { encoding: 'windows-1252', language: 'fr' } });
    const russian = forced.documents.find((document) => document.id === 'russe');
    expect(russian?.title).toBe('ßíäåêñ');
    expect(forced.warnings.map((warning) => warning.message)).toEqual([
      'ingest: "latin9.txt" has 5 characters French never uses (½ ¤ ¼ ¾): probably read in the wrong encoding; set its "encoding" in corpus.json (for example "iso-8859-15", "windows-1251", "shift_jis")',
      expect.stringMatching(/^ingest: "russe\.txt" has 53 characters French never uses \(í ñ å ð ò\)/)
    ]);
  });
});
