/**
 * PDF and DOCX files as people have them, written by pdfkit and docx (tests/unit/helpers/binary-documents.ts),
 * read by pdf.js and mammoth, then ingested like any other document.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, readBinaryFiles } from '../../../../../src/lib/pipeline/ingest';
import type { SourceFile } from '../../../../../src/lib/pipeline/types';
import { makeDocx, makePdf } from '../../../helpers/binary-documents';

const PDF_OPTIONS = {
  pdf: { standardFontDataUrl: `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/` }
};

const REPORT_PAGES = [
  {
    paragraphs: [
      ['L’expérience client en 2024'],
      ['La transformation numérique change l’expé-', 'rience des clients et le travail des salariés.'],
      ['Le directeur de l’innovation explique que les', 'entreprises françaises investissent dans la donnée.']
    ]
  },
  {
    paragraphs: [
      ['Les managers et les équipes travaillent ensem-', 'ble sur la relation client.'],
      ['Cette page parle de la conduite du changement et de', 'la formation']
    ]
  },
  { paragraphs: [['des collaborateurs, qui reprend ici.'], ['Une dernière remarque sur l’œuvre commune.']] }
];
const REPORT_OPTIONS = { title: 'Rapport sur l’expérience client', author: 'Jeanne Martin', header: 'Revue de l’innovation', footer: 'Éditions du Test' };

let files: SourceFile[];

beforeAll(async () => {
  const bytes = (data: Uint8Array) => data;
  files = await readBinaryFiles(
    [
      { name: 'rapport.pdf', bytes: bytes(await makePdf(REPORT_PAGES, REPORT_OPTIONS)) },
      {
        name: '2019/note.docx',
        bytes: await makeDocx(
          [
            { heading: 'La relation client' },
            { text: 'La relation client change avec la transformation digitale.', footnote: { id: 1, text: 'Voir le rapport de l’observatoire.' } },
            { text: 'L’expérience collaborateur compte autant que l’expérience client.' }
          ],
          { title: 'Note sur la relation client', creator: 'Paul Durand' }
        )
      },
      { name: 'sans-titre.pdf', bytes: await makePdf([{ paragraphs: [['Un court texte sans métadonnées.']] }]) },
      { name: 'casse.pdf', bytes: new TextEncoder().encode('%PDF-1.4\nceci n’est pas un PDF') },
      { name: 'casse.docx', bytes: new TextEncoder().encode('pas un zip') },
      { name: 'secret.pdf', bytes: await makePdf([{ paragraphs: [['Texte confidentiel.']] }], { password: 'motdepasse' }) },
      { name: 'scan.pdf', bytes: await makePdf([{ paragraphs: [] }]) },
      { name: 'lisez-moi.txt', bytes: new TextEncoder().encode('Un texte simple.\n') }
    ],
    PDF_OPTIONS
  );
}, 30_000);

function document(id: string) {
  const found = ingest(files).documents.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no document "${id}"`);
  return found;
}

describe('readBinaryFiles + ingest: PDF', () => {
  it('reads the text in order, in paragraphs, with hyphenated words whole and pages joined', () => {
    expect(document('rapport').text.split('\n\n')).toEqual([
      'L’expérience client en 2024',
      'La transformation numérique change l’expérience des clients et le travail des salariés.',
      'Le directeur de l’innovation explique que les entreprises françaises investissent dans la donnée.',
      'Les managers et les équipes travaillent ensemble sur la relation client.',
      'Cette page parle de la conduite du changement et de la formation des collaborateurs, qui reprend ici.',
      'Une dernière remarque sur l’œuvre commune.'
    ]);
  });

  it('leaves out the running header, the footer and the page numbers', () => {
    expect(document('rapport').text).not.toMatch(/Revue de l’innovation|Éditions du Test|Page \d/);
  });

  it('takes the title and author from the info dictionary, and corpus.json overrides them', () => {
    expect(document('rapport')).toMatchObject({ title: 'Rapport sur l’expérience client', author: 'Jeanne Martin', file: 'rapport.pdf' });
    const overridden = ingest(files, { 'rapport.pdf': { title: 'Le rapport 2024', author: null } }).documents.find((doc) => doc.id === 'rapport');
    expect(overridden).toMatchObject({ title: 'Le rapport 2024', author: null });
  });

  it('falls back on the text for a PDF without metadata', () => {
    expect(document('sans-titre')).toMatchObject({ title: 'Un court texte sans métadonnées.', author: null });
  });
});

describe('readBinaryFiles + ingest: DOCX', () => {
  it('keeps headings, paragraphs and footnotes, and leaves out page headers and footers', () => {
    expect(document('2019~note').text.split('\n\n')).toEqual([
      'La relation client',
      'La relation client change avec la transformation digitale.[1]',
      'L’expérience collaborateur compte autant que l’expérience client.',
      '[1] Voir le rapport de l’observatoire.'
    ]);
  });

  it('takes the title and author from the core properties', () => {
    expect(document('2019~note')).toMatchObject({ title: 'Note sur la relation client', author: 'Paul Durand', file: '2019/note.docx' });
  });
});

describe('readBinaryFiles + ingest: files that cannot be read', () => {
  it.each([
    { file: 'casse.pdf', reason: /skipped: not a readable PDF \(.+\)/ },
    { file: 'casse.docx', reason: /skipped: not a readable DOCX \(.+\)/ },
    { file: 'secret.pdf', reason: /skipped: password-protected PDF/ },
    { file: 'scan.pdf', reason: /skipped: PDF without a text layer/ }
  ])('names $file with its reason, and the rest builds', ({ file, reason }) => {
    const { documents, warnings } = ingest(files);
    expect(warnings.find((warning) => warning.source === file)?.message).toMatch(reason);
    expect(documents.map((doc) => doc.id)).toEqual(['2019~note', 'lisez-moi', 'rapport', 'sans-titre']);
  });

  it('says so when a PDF reaches ingest without being read first', () => {
    const { warnings } = ingest([{ name: 'brut.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }]);
    expect(warnings[0].message).toMatch(/"brut\.pdf" skipped: PDF file not read \(readBinaryFiles must run before ingest\)/);
  });

  it('passes text files through untouched and keeps the order', () => {
    expect(files.map((file) => file.name)).toEqual([
      'rapport.pdf', '2019/note.docx', 'sans-titre.pdf', 'casse.pdf', 'casse.docx', 'secret.pdf', 'scan.pdf', 'lisez-moi.txt'
    ]);
    expect(files.at(-1)?.extracted).toBeUndefined();
  });
});

describe('readBinaryFiles: damaged files', () => {
  it('reads or refuses a PDF or DOCX cut anywhere, or random bytes, with a reason and never a crash', async () => {
    const pdf = files.find((file) => file.name === 'rapport.pdf')!.bytes;
    const docx = files.find((file) => file.name === '2019/note.docx')!.bytes;
    const damaged: SourceFile[] = [];
    for (let cut = 1; cut < 10; cut++) {
      damaged.push({ name: `pdf-${cut}.pdf`, bytes: pdf.subarray(0, Math.floor((pdf.length * cut) / 10)) });
      damaged.push({ name: `docx-${cut}.docx`, bytes: docx.subarray(0, Math.floor((docx.length * cut) / 10)) });
    }
    let seed = 7;
    const random = Uint8Array.from({ length: 2000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    damaged.push({ name: 'bruit.pdf', bytes: random }, { name: 'bruit.docx', bytes: random }, { name: 'vide.pdf', bytes: new Uint8Array() });
    const read = await readBinaryFiles(damaged, PDF_OPTIONS);
    for (const file of read) {
      expect(file.extracted, file.name).toBeDefined();
      if (file.extracted?.ok === false) expect(file.extracted.reason, file.name).toMatch(/^(?:not a readable (?:PDF|DOCX)|PDF without a text layer|empty)/);
    }
    const { documents, warnings } = ingest(read);
    expect(documents.length + warnings.filter((warning) => warning.message.includes(' skipped: ')).length).toBe(damaged.length);
  }, 30_000);
});
