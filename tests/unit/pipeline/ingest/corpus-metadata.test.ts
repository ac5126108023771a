import { describe, expect, it } from 'vitest';
import { parseCorpusMetadata } from '../../../../src/lib/pipeline/ingest';

describe('parseCorpusMetadata', () => {
  it('accepts partial entries keyed by file name', () => {
    const json = {
      '000_7e725fe639988700.txt': { title: 'La révolution qui vient', author: 'Benoît Meyronin', date: '2013-02-12' },
      '002_x.txt': { url: null, language: 'fr', date: '2015' }
    };
    expect(parseCorpusMetadata(json)).toEqual(json);
  });

  it.each([
    { label: 'not an object', json: ['a'], message: 'corpus.json must be an object keyed by file name' },
    { label: 'entry not an object', json: { 'a.txt': 'titre' }, message: 'corpus.json: "a.txt" must be an object' },
    { label: 'date not a string', json: { '002_x.txt': { date: 2015 } }, message: 'corpus.json: "002_x.txt".date must be a string or null' },
    { label: 'date not ISO', json: { '002_x.txt': { date: '7 Juil 2015' } }, message: 'corpus.json: "002_x.txt".date must be an ISO date (YYYY-MM-DD)' },
    { label: 'title null', json: { 'a.txt': { title: null } }, message: 'corpus.json: "a.txt".title must be a string' },
    { label: 'unknown field', json: { 'a.txt': { auteur: 'X' } }, message: 'corpus.json: "a.txt".auteur is not a known field (title, author, url, date, language, encoding)' }
  ])('rejects $label', ({ json, message }) => {
    expect(() => parseCorpusMetadata(json)).toThrow(message);
  });

  it.each([
    { given: 'iso-8859-15', encoding: 'iso-8859-15' },
    { given: 'Windows-1251', encoding: 'windows-1251' },
    { given: 'latin9', encoding: 'iso-8859-15' },
    { given: 'Shift-JIS', encoding: 'shift_jis' }
  ])('reads encoding "$given" as $encoding', ({ given, encoding }) => {
    expect(parseCorpusMetadata({ 'a.txt': { encoding: given } })).toEqual({ 'a.txt': { encoding } });
  });

  it('names the file and lists the encodings when one is unknown', () => {
    expect(() => parseCorpusMetadata({ '2019/a.txt': { encoding: 'ebcdic' } })).toThrow(
      /^corpus\.json: "2019\/a\.txt"\.encoding must be one of utf-8, utf-16le, utf-16be, windows-1252, .*shift_jis/
    );
  });

  it('names every unknown field of every entry, not only the first', () => {
    expect(() => parseCorpusMetadata({ 'a.txt': { auteur: 'X', titre: 'Y', date: 3 }, 'b.txt': { encodage: 'latin1' } })).toThrow(
      'corpus.json: "a.txt".date must be a string or null; ' +
        'corpus.json: "a.txt".auteur is not a known field (title, author, url, date, language, encoding); ' +
        'corpus.json: "a.txt".titre is not a known field (title, author, url, date, language, encoding); ' +
        'corpus.json: "b.txt".encodage is not a known field (title, author, url, date, language, encoding)'
    );
  });

  it('lists every wrong field', () => {
    expect(() => parseCorpusMetadata({ 'a.txt': { title: 1 }, 'b.txt': { author: 2 } })).toThrow(
      'corpus.json: "a.txt".title must be a string; corpus.json: "b.txt".author must be a string or null'
    );
  });

  it('reports every unknown field of an entry, not only the first', () => {
    expect(() => parseCorpusMetadata({ 'a.txt': { auteur: 'X', titre: 'Y' } })).toThrow(
      'corpus.json: "a.txt".auteur is not a known field (title, author, url, date, language, encoding); corpus.json: "a.txt".titre is not a known field (title, author, url, date, language, encoding)'
    );
  });
});
