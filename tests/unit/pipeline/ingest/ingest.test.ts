import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../src/lib/pipeline/ingest';
import type { SourceFile } from '../../../../src/lib/pipeline/types';

const FIXTURES = new URL('../../../fixtures/ingest/', import.meta.url);
const fixtures: SourceFile[] = readdirSync(FIXTURES).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))) }));
const file = (name: string, text: string): SourceFile => ({ name, bytes: new TextEncoder().encode(text) });

describe('ingest: the fixture files', () => {
  const { documents, warnings } = ingest(fixtures);
  const byId = new Map(documents.map((document) => [document.id, document]));

  it('keeps the readable files, sorted by file name', () => {
    expect(documents.map((document) => document.file)).toEqual([
      'article.html',
      'cp1252.txt',
      'latin1.txt',
      'manifeste.md',
      'utf16be-bom.txt',
      'utf16le-bom.txt',
      'utf8-bom.txt'
    ]);
  });

  it.each(['cp1252', 'utf16be-bom', 'utf16le-bom', 'utf8-bom'])('decodes %s to the same French text', (id) => {
    expect(byId.get(id)).toMatchObject({
      title: 'L’été à Paris',
      text: 'L’été à Paris\n\nÇa coûte 20 € : « déjà vu » – c’est l’œuvre d’Éloïse.',
      language: 'fr'
    });
  });

  it.each([
    { source: 'binary.txt', reason: 'binary content' },
    { source: 'blank.txt', reason: 'empty' },
    { source: 'empty.txt', reason: 'empty file' },
    { source: 'photo.png', reason: 'unsupported extension ".png"' },
    { source: 'utf16le-odd.txt', reason: 'invalid UTF-16LE' }
  ])('skips $source with a warning naming it ($reason)', ({ source, reason }) => {
    const warning = warnings.find((w) => w.source === source);
    expect(warning?.message).toContain(`ingest: "${source}" skipped`);
    expect(warning?.message).toContain(reason);
  });

  it('cleans HTML and takes its declared metadata', () => {
    expect(byId.get('article')).toEqual({
      id: 'article',
      file: 'article.html',
      title: 'L’expérience client & employé',
      author: 'Marie Curie',
      url: 'https://example.org/experience-client',
      date: '2016-03-08',
      language: 'fr',
      text: 'L’expérience client & employé\n\nPour l’entreprise, l’expérience client commence chez les employés !\n\nÉcouter\n\nAgir\n\n« Ça marche » dit-elle.\n\nDeuxième ligne.'
    });
  });

  it('cleans markdown and reads its byline', () => {
    expect(byId.get('manifeste')).toMatchObject({
      title: 'La révolution numérique est d’abord humaine',
      author: 'Jean Dupont',
      date: '2015-07-07',
      text: [
        'La révolution numérique est d’abord humaine',
        'Par Jean Dupont, le 7 juillet 2015',
        'Le client est au cœur de la transformation digitale, et l’employé aussi.',
        'Trois leviers',
        'Écouter les clients',
        'Former les équipes',
        'Mesurer',
        'Une citation de Michel Serres sur BERTRAND_DUPERRIN.'
      ].join('\n\n')
    });
  });
});

describe('ingest: mojibake in every format', () => {
  it.each([
    { name: 'a.txt', source: 'Les mĂ©tiers\n\nLa mise en Ɠuvre Ă\u00a0 trĂšs haute valeur.' },
    { name: 'a.md', source: '# Les mĂ©tiers\n\nLa mise en Ɠuvre Ă\u00a0 trĂšs haute valeur.' },
    { name: 'a.html', source: '<h1>Les mĂ&copy;tiers</h1><p>La mise en Ɠuvre Ă&nbsp; trĂšs haute valeur.</p>' }
  ])('$name', ({ name, source }) => {
    const [document] = ingest([file(name, source)]).documents;
    expect(document).toMatchObject({ title: 'Les métiers', text: 'Les métiers\n\nLa mise en œuvre à très haute valeur.' });
  });

  it('repairs mojibake spelled as HTML entities', () => {
    const [document] = ingest([file('a.html', '<p>Les m&Atilde;&copy;tiers de l&acirc;&euro;&trade;&Atilde;&copy;t&Atilde;&copy;</p>')]).documents;
    expect(document.text).toBe('Les métiers de l’été');
  });
});

describe('ingest: metadata and ids', () => {
  it('lets corpus.json override any field, and warns about entries without a file', () => {
    const { documents, warnings } = ingest([file('a.txt', 'Titre\n\nPar Jean Dupont\n\nTexte.')], {
      'a.txt': { title: 'Autre titre', author: null, url: 'https://example.org/a', date: '2015-07-07' },
      'absent.txt': { title: 'X' }
    });
    expect(documents[0]).toMatchObject({ title: 'Autre titre', author: null, url: 'https://example.org/a', date: '2015-07-07', language: 'fr' });
    expect(warnings).toEqual([{ source: 'absent.txt', message: 'ingest: "absent.txt" is named in corpus.json but is not in the corpus' }]);
  });

  it('keeps the first of two files with the same id', () => {
    const { documents, warnings } = ingest([file('a.txt', 'Texte un.'), file('a.md', 'Texte deux.')]);
    expect(documents.map((document) => document.file)).toEqual(['a.md']);
    expect(warnings[0].message).toBe('ingest: "a.txt" skipped: document id "a" is already used by "a.md"');
  });

  it('skips a file that is only boilerplate', () => {
    const { documents, warnings } = ingest([file('x.txt', 'Laisser un commentaire\n\nRetour haut de page')]);
    expect(documents).toEqual([]);
    expect(warnings[0].message).toContain('empty after cleaning');
  });

  it('gives the same output for the same input, whatever the file order', () => {
    const files = [...fixtures].reverse();
    expect(ingest(files)).toEqual(ingest(fixtures));
    expect(JSON.stringify(ingest(files))).toBe(JSON.stringify(ingest(files)));
  });
});

describe('ingest: nothing a corpus contains crashes it', () => {
  it('leaves nothing of HTML entities naming half a UTF-16 pair', () => {
    const html = '<h1>Le ti&#xD800;tre</h1><p>Satya Nadella&#55296; et &#xDC00;Microsoft&#x1F600;.</p>';
    const [document] = ingest([file('a.html', html)]).documents;
    expect(document).toMatchObject({ title: 'Le titre', text: 'Le titre\n\nSatya Nadella et Microsoft\u{1F600}.' });
  });

  const NAMES = ['a.txt', 'b.md', 'c.html', 'd.htm', 'e.pdf', 'sans-extension', '.txt'];
  const TRICKY = ['Ã', '©', 'Ă', 'Ɠ', '\u00a0', '<', '>', '&', ';', '#', '*', '_', '\n', ' ', 'a', 'É', '’', "'", '[', ']', '(', ')', '-', '•', '1', '.', '\uFEFF', '\u0000', '\uD800'];
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.string({ unit: 'binary', maxLength: 300 }).map((text) => new TextEncoder().encode(text)),
    fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 300 }).map((text) => new TextEncoder().encode(text))
  );
  const files = fc.array(fc.record({ name: fc.constantFrom(...NAMES), bytes }), { maxLength: 4 });

  it('returns a document or a warning for every file, with well-formed text', () => {
    fc.assert(
      fc.property(files, (input) => {
        const { documents, warnings } = ingest(input);
        // A file gives a document or is skipped; a kept document may carry notes (encoding, language) besides.
        expect(documents.length + warnings.filter((warning) => warning.message.includes(' skipped: ')).length).toBe(input.length);
        // "failed" marks an exception ingest caught; a file's content must never cause one.
        for (const warning of warnings) expect(warning.message).not.toContain('failed');
        for (const document of documents) {
          expect(document.text).not.toBe('');
          expect(document.text).toBe(document.text.normalize('NFC'));
          expect(document.text).not.toMatch(/\n{3}|^\s|\s$|[ \u00a0]{2}|\u00a0| \n|\n /);
          expect(document.title).not.toBe('');
        }
      }),
      { numRuns: 300, seed: 20250 }
    );
  });
});
