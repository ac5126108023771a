import { describe, expect, it } from 'vitest';
import { removeRepeatedBlocks } from '../../../../src/lib/pipeline/ingest/repeated-blocks';
import type { IngestedDocument } from '../../../../src/lib/pipeline/types';

const FOOTER = ['Pour vous désinscrire, écrivez à contact@lettre.fr.', 'Lettre éditée par l’Association des Amis du Rail, 12 rue des Lilas, Nantes.'];

const doc = (id: string, paragraphs: string[]): IngestedDocument => ({
  id,
  file: `${id}.txt`,
  title: paragraphs[0],
  author: null,
  url: null,
  date: null,
  language: 'fr',
  text: paragraphs.join('\n\n')
});

describe('removeRepeatedBlocks', () => {
  it('removes a footer every issue ends with, even when its numbers change, and keeps each issue’s own text', () => {
    const documents = [
      doc('n1', ['Lettre n° 1', 'Le tramway arrive à Nantes en mars.', ...FOOTER, 'Numéro 1 — 2024']),
      doc('n2', ['Lettre n° 2', 'La gare est rénovée.', 'Les travaux durent deux ans.', ...FOOTER, 'Numéro 2 — 2024']),
      doc('n3', ['Lettre n° 3', 'Le vélo progresse en ville.', ...FOOTER, 'Numéro 3 — 2025'])
    ];
    const { documents: cleaned, removed } = removeRepeatedBlocks(documents);
    expect(cleaned.map((d) => d.text.split('\n\n'))).toEqual([
      ['Lettre n° 1', 'Le tramway arrive à Nantes en mars.'],
      ['Lettre n° 2', 'La gare est rénovée.', 'Les travaux durent deux ans.'],
      ['Lettre n° 3', 'Le vélo progresse en ville.']
    ]);
    expect(removed.get('n2')).toBe(3);
  });

  it('keeps a sentence two articles share in their middle: only the edges of a document can be boilerplate', () => {
    const quote = '« Le client est roi », disait-on.';
    const documents = [
      doc('a', ['Premier article', 'Un début.', quote, 'Une fin propre à a.']),
      doc('b', ['Second article', 'Un autre début.', quote, 'Une fin propre à b.'])
    ];
    expect(removeRepeatedBlocks(documents).documents).toEqual(documents);
  });

  it('leaves a lone document and a document made only of shared blocks untouched', () => {
    const lone = [doc('a', ['Titre', ...FOOTER])];
    expect(removeRepeatedBlocks(lone).documents).toEqual(lone);
    const copies = [doc('a', ['Titre', ...FOOTER]), doc('b', ['Titre', ...FOOTER])];
    expect(removeRepeatedBlocks(copies).documents).toEqual(copies);
  });
});
