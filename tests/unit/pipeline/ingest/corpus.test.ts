import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../src/lib/pipeline/ingest';
import type { IngestedDocument } from '../../../../src/lib/pipeline/types';

// The default corpus: five real web articles, one partly mojibake, all carrying their pages' boilerplate.
const CORPUS = new URL('../../../../graph-data/corpus/', import.meta.url);
const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, CORPUS))) }));
const { documents, warnings } = ingest(files);
const byPrefix = (prefix: string): IngestedDocument => {
  const document = documents.find((d) => d.id.startsWith(prefix));
  if (!document) throw new Error(`corpus test: no document ${prefix}`);
  return document;
};

describe('ingest: the default corpus', () => {
  it('keeps all five articles without warnings', () => {
    expect(documents.map((d) => d.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(warnings).toEqual([]);
  });

  it.each([
    { prefix: '000', title: 'La révolution qui vient (la nouvelle fracture digitale)' },
    { prefix: '001', title: '[Transformation digitale] « il n’y aura pas d’expérience client sans expérience employé »' },
    { prefix: '002', title: 'La révolution numérique est d’abord humaine' },
    { prefix: '003', title: 'Stratégie client : prendre en compte les nouveaux usages' },
    { prefix: '004', title: 'Le client au coeur de la révolution numérique ?' }
  ])('$prefix is titled "$title"', ({ prefix, title }) => {
    expect(byPrefix(prefix).title).toBe(title);
  });

  it('reads 000’s author from its signature and 004’s date from its dateline', () => {
    expect(byPrefix('000')).toMatchObject({ author: 'Benoît Meyronin', date: null, language: 'fr' });
    expect(byPrefix('004')).toMatchObject({ author: null, date: '2015-07-07' });
  });
});

describe('ingest: the default corpus is clean', () => {
  const MOJIBAKE = ['Ă©', 'Ăš', 'ĂȘ', 'Ă ', 'Ă\u00a0', 'Ăą', 'ĂŽ', 'Ăź', 'ĂŻ', 'Ăč', 'Ɠ', 'â€', 'Ã©', 'Ã¨', 'Ã ', 'Å“', 'Ĺ“', 'Â«', 'Â»'];
  const BOILERPLATE = [
    'Leave a Reply',
    'Pingback',
    'Trackbacks',
    'Laisser un commentaire',
    'Votre adresse de messagerie',
    'WordPress.com',
    'Image Twitter',
    'Photo Facebook',
    'Connexion à %s',
    'Réagissez',
    'Entrez vos coordonnées',
    'réflexions sur',
    'No comments',
    'Billets similaires',
    'SUR LE MÊME THÈME',
    'banniere de fond',
    'Retour haut de page',
    'Capture d’écran',
    'BERTRAND_DUPERRIN',
    'industrie-energie-esn-lille',
    '7 idées reçues sur Salesforce'
  ];

  it.each(MOJIBAKE)('no mojibake "%s" survives', (sequence) => {
    for (const document of documents) expect(document.text, document.id).not.toContain(sequence);
  });

  it.each(['métiers', 'l’être', 'œuvre', 'à très haute', 'Pâques', 'maîtriser', 'rôle clé', 'ambiguïtés', 'Champs-Elysées'])(
    '000 reads "%s" after repair',
    (word) => {
      expect(byPrefix('000').text).toContain(word);
    }
  );

  it.each(BOILERPLATE)('no "%s"', (furniture) => {
    for (const document of documents) expect(document.text, document.id).not.toContain(furniture);
  });

  it('keeps footnotes and 000’s signature block', () => {
    const text = byPrefix('000').text;
    expect(text).toContain('[1] Pour parodier le titre du dernier livre de l’économiste Laurent Davezies');
    expect(text).toContain('[9] Cf. le quotidien Le Monde du mardi 12 février 2013, p. 6.');
    expect(text.endsWith('Benoît Meyronin\n\nDirecteur R&D de l’Académie du Service et Professeur à Grenoble E.M')).toBe(true);
  });

  it('separates the captions’ neighbours into paragraphs', () => {
    const paragraphs = byPrefix('001').text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('Je trouve ce type d’initiative'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Il y a dans ce manifeste les prémices'))).toBe(true);
  });

  it('keeps 004’s title once and its dateline out of the text', () => {
    const text = byPrefix('004').text;
    expect(text.split('Le client au coeur de la révolution numérique ?').length).toBe(2);
    expect(text).not.toContain('7 Juil 2015');
  });

  it('ends each article where the article ends', () => {
    expect(byPrefix('001').text.endsWith('c’est ici pour le français et l’anglais !')).toBe(true);
    expect(byPrefix('002').text.endsWith('qui sont au contact avec le client.')).toBe(true);
    expect(byPrefix('004').text.endsWith('sont illusoires ou inexistants.')).toBe(true);
  });

  it.each(documents.map((d) => [d.id, d] as const))('%s is well formed: paragraphs, one apostrophe, plain spaces', (_, document) => {
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs.every((p) => p.trim() === p && p !== '' && !p.includes('\n'))).toBe(true);
    expect(document.text).not.toMatch(/['\u00a0\u202f]| {2}/);
    expect(document.text).toBe(document.text.normalize('NFC'));
  });
});
