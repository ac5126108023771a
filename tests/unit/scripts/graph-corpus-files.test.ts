/**
 * `npm run graph` on a corpus as people keep one: year folders, a linked file, PDFs and Word files, legacy
 * encodings, a stray hidden file and a broken PDF. Everything usable builds; everything else is named.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraphData, type GraphData } from '../../../src/lib/graph/schema';
import { makeDocx, makePdf } from '../helpers/binary-documents';

const FRENCH = (topic: string) =>
  `La transformation digitale et ${topic}\n\nLa transformation digitale change l’expérience client des entreprises. ` +
  `L’expérience client et la transformation digitale vont ensemble pour ${topic}.\n`;

let stderr: string;
let stdout: string;
let code: number | null;
let graph: GraphData;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'graph-corpus-'));
  const corpus = join(folder, 'corpus');
  for (const sub of ['2019', '2020/printemps', 'ailleurs']) mkdirSync(join(corpus, sub), { recursive: true });
  writeFileSync(join(corpus, '2019/article.txt'), FRENCH('les salariés'));
  writeFileSync(join(corpus, '2020/printemps/article.txt'), FRENCH('les managers'));
  writeFileSync(join(folder, 'hors-corpus.md'), FRENCH('les clients'));
  symlinkSync(join(folder, 'hors-corpus.md'), join(corpus, '2020/lien.md'));
  symlinkSync(join(folder, 'absent.txt'), join(corpus, 'cassé.txt'));
  symlinkSync(join(corpus, '2019'), join(corpus, 'raccourci'));
  writeFileSync(join(corpus, '.DS_Store'), 'x');
  writeFileSync(join(corpus, 'ailleurs/photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  writeFileSync(
    join(corpus, 'rapport.pdf'),
    await makePdf(
      [
        { paragraphs: [['L’expérience client'], ['La transformation digitale change l’expé-', 'rience client des entreprises.']] },
        { paragraphs: [['Les salariés et les managers font la transformation digitale.']] }
      ],
      { title: 'Le rapport', author: 'Jeanne Martin', header: 'En-tête', footer: 'Pied' }
    )
  );
  writeFileSync(join(corpus, 'note.docx'), await makeDocx([{ heading: 'Note' }, { text: FRENCH('la note').replace(/\n/gu, ' ') }], { title: 'La note', creator: 'Paul Durand' }));
  writeFileSync(join(corpus, 'illisible.pdf'), '%PDF-1.4 tronqué');
  writeFileSync(join(corpus, 'latin9.txt'), iconv.encode("L'œuvre et l'économie\n\nL'œuvre coûte 20 € et l'économie de l'œuvre change l'expérience client.\n", 'iso-8859-15'));
  writeFileSync(join(corpus, 'russe.txt'), iconv.encode('Яндекс и Сбербанк\n\nЯндекс — российская транснациональная компания в отрасли информационных технологий. Сбербанк и Яндекс развивают цифровые сервисы в Москве.\n', 'windows-1251'));
  writeFileSync(join(corpus, 'japon.txt'), iconv.encode('トヨタとソニー\n\nトヨタ自動車は愛知県にあります。ソニーは東京にあります。\n', 'shift_jis'));
  writeFileSync(join(corpus, 'corpus.json'), JSON.stringify({ '2019/article.txt': { title: 'Article de 2019' }, 'rapport.pdf': { author: 'J. Martin' } }));

  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', '--corpus', corpus, '--out', join(folder, 'out'), '--no-curation'], {
    encoding: 'utf8'
  });
  ({ stderr, stdout, status: code } = result);
  graph = code === 0 ? parseGraphData(JSON.parse(readFileSync(join(folder, 'out', 'graph.json'), 'utf8'))) : (undefined as never);
}, 120_000);

const byId = (id: string) => graph.documents.find((document) => document.id === id);

describe('npm run graph on a corpus with folders, PDF and DOCX files, and legacy encodings', () => {
  it('builds, reading sub-folders with ids from their paths and following the linked file', () => {
    expect(code).toBe(0);
    expect(graph.documents.map((document) => document.id).sort()).toEqual([
      '2019~article', '2020~lien', '2020~printemps~article', 'japon', 'latin9', 'note', 'rapport', 'russe'
    ]);
    expect(byId('2019~article')).toMatchObject({ title: 'Article de 2019' });
  });

  it('names every entry it skips, with its reason', () => {
    expect(stderr).toMatch(/warning: \.DS_Store: skipped: hidden/);
    expect(stderr).toMatch(/warning: cassé\.txt: skipped: broken symbolic link/);
    expect(stderr).toMatch(/warning: raccourci: skipped: symbolic link to a folder/);
    expect(stderr).toMatch(/warning: ailleurs\/photo\.png: .*unsupported extension "\.png"/);
    expect(stderr).toMatch(/warning: illisible\.pdf: .*skipped: not a readable PDF/);
  });

  it('reads the PDF and the DOCX with their own titles and authors, corpus.json winning', () => {
    expect(byId('rapport')).toMatchObject({ title: 'Le rapport', author: 'J. Martin' });
    expect(byId('note')).toMatchObject({ title: 'La note', author: 'Paul Durand' });
    const passages = graph.passages.filter((passage) => passage.document === 'rapport').map((passage) => passage.text);
    expect(passages).toContain('La transformation digitale change l’expérience client des entreprises.');
    expect(passages.join(' ')).not.toMatch(/En-tête|Pied|Page \d/);
  });

  it('decodes ISO-8859-15, and names the Windows-1251 and Shift-JIS files as not French', () => {
    expect(byId('latin9')?.title).toBe('L’œuvre et l’économie');
    expect(byId('russe')).toMatchObject({ title: 'Яндекс и Сбербанк', language: 'ru' });
    expect(byId('japon')).toMatchObject({ title: 'トヨタとソニー', language: 'ja' });
    expect(stderr).toMatch(/warning: russe\.txt: .*read as windows-1251/);
    expect(stderr).toMatch(/warning: russe\.txt: .*is not in French \(language "ru"/);
    expect(stderr).toMatch(/warning: japon\.txt: .*is not in French \(language "ja"/);
    expect(stdout).toMatch(/^languages  fr 6, ja 1, ru 1$/m);
  });

  it('makes no node of misdecoded text', () => {
    // What Windows-1251 and Shift-JIS become when read as Windows-1252: "ßíäåêñ", "ƒgƒˆƒ^".
    const garbled = /[ßíåñÌìóòú½¼¾¤ƒ‚„†‡‰‹]/u;
    expect(graph.nodes.filter((node) => garbled.test(node.label)).map((node) => node.label)).toEqual([]);
  });
});
