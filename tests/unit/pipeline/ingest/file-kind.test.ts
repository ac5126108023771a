import { describe, expect, it } from 'vitest';
import { documentId, sourceFormat } from '../../../../src/lib/pipeline/ingest/file-kind';

describe('documentId', () => {
  it.each([
    { name: '000_7e725fe639988700.txt', id: '000_7e725fe639988700' },
    { name: '2019/article.txt', id: '2019~article' },
    { name: '2019/janvier/l’été.md', id: '2019~janvier~l’été' },
    { name: '2019\\rapport.PDF', id: '2019~rapport' },
    { name: './2020/note.docx', id: '2020~note' },
    { name: 'sans-extension', id: 'sans-extension' }
  ])('$name → $id', ({ name, id }) => {
    expect(documentId(name)).toBe(id);
    // Passage ids are "<document>/<sentence>" and are split at the slash.
    expect(documentId(name)).not.toContain('/');
  });
});

describe('sourceFormat', () => {
  it.each([
    { name: 'a.txt', format: 'text' },
    { name: 'a.HTM', format: 'html' },
    { name: '2019/a.pdf', format: 'pdf' },
    { name: 'a.docx', format: 'docx' },
    { name: 'a.doc', format: null },
    { name: 'a.odt', format: null }
  ])('$name → $format', ({ name, format }) => {
    expect(sourceFormat(name)).toBe(format);
  });
});
