import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/lib/pipeline/segment';
import type { IngestedDocument } from '../../../src/lib/pipeline/types';

function documentOf(text: string, id = 'doc'): IngestedDocument {
  return { id, file: `${id}.txt`, text, title: id, author: null, url: null, date: null, language: 'fr' };
}

function sentencesOf(text: string): string[] {
  return segment([documentOf(text)]).map((sentence) => sentence.text);
}

describe('segment: sentences', () => {
  it.each([
    { label: 'plain sentences', input: 'Le client change. Il achète en ligne ! Pourquoi ?', expected: ['Le client change.', 'Il achète en ligne !', 'Pourquoi ?'] },
    { label: 'M. before a name', input: 'M. Dupont est là. Mme Durand aussi.', expected: ['M. Dupont est là.', 'Mme Durand aussi.'] },
    { label: 'Mme. with a dot', input: 'Mme. Martin dirige. Elle parle.', expected: ['Mme. Martin dirige.', 'Elle parle.'] },
    { label: 'page numbers', input: 'Voir p. 6 du livre. Puis la suite.', expected: ['Voir p. 6 du livre.', 'Puis la suite.'] },
    { label: 'Cf. before a capital', input: 'Cf. Le Monde du jour. Fin.', expected: ['Cf. Le Monde du jour.', 'Fin.'] },
    { label: 'art. and vol. before numbers', input: 'Lire l’art. 3 et le vol. 2. Ensuite rien.', expected: ['Lire l’art. 3 et le vol. 2.', 'Ensuite rien.'] },
    { label: 'n° is not an end', input: 'Le n° 5 est là. Oui.', expected: ['Le n° 5 est là.', 'Oui.'] },
    { label: 'etc. before a lower-case word', input: 'Des pommes, etc. et des poires.', expected: ['Des pommes, etc. et des poires.'] },
    { label: 'etc. ending a sentence', input: 'Des pommes, etc. Puis rien.', expected: ['Des pommes, etc.', 'Puis rien.'] },
    { label: 'initials', input: 'J. R. R. Tolkien a écrit. John F. Kennedy aussi.', expected: ['J. R. R. Tolkien a écrit.', 'John F. Kennedy aussi.'] },
    { label: 'a capital letter ending a sentence', input: 'Voici le plan B. Ensuite rien.', expected: ['Voici le plan B.', 'Ensuite rien.'] },
    { label: 'dotted abbreviations', input: 'Avant J.-C. Rome régnait. C.-à-d. partout.', expected: ['Avant J.-C. Rome régnait.', 'C.-à-d. partout.'] },
    { label: 'end inside closing quotes', input: 'Il a dit « Bonjour. » Puis il est parti.', expected: ['Il a dit « Bonjour. »', 'Puis il est parti.'] },
    { label: 'a question inside quotes goes on', input: '« Quoi ? » dit-il. Rien.', expected: ['« Quoi ? » dit-il.', 'Rien.'] },
    { label: 'end inside a parenthesis', input: '(Ceci est une phrase.) Et celle-ci.', expected: ['(Ceci est une phrase.)', 'Et celle-ci.'] },
    { label: 'ellipses', input: 'Et ensuite… quoi ? Rien... Vraiment !', expected: ['Et ensuite… quoi ?', 'Rien...', 'Vraiment !'] },
    { label: 'ellipsis then a capital', input: 'faut il y aller… Ensuite est venue l’adoption.', expected: ['faut il y aller…', 'Ensuite est venue l’adoption.'] },
    { label: 'punctuation after an ellipsis', input: 'smartphone, téléviseur, … . Seuls les grands.', expected: ['smartphone, téléviseur, … .', 'Seuls les grands.'] },
    { label: 'a footnote glued to a word', input: 'La nouvelle fracture digitale)[1] arrive. Oui.', expected: ['La nouvelle fracture digitale)[1] arrive.', 'Oui.'] },
    { label: 'a footnote after the full stop', input: 'Fin de phrase.[1] Suite du texte.', expected: ['Fin de phrase.[1]', 'Suite du texte.'] },
    { label: 'a footnote opening a paragraph', input: '[1] Pour parodier un titre connu. Fin.', expected: ['[1] Pour parodier un titre connu.', 'Fin.'] },
    { label: 'a list number', input: '1. Reconsidérer les organisations. 2. Bâtir une culture.', expected: ['1. Reconsidérer les organisations.', '2. Bâtir une culture.'] },
    { label: 'a full stop glued to the next sentence', input: 'acteurs économiques.Pour mieux comprendre.', expected: ['acteurs économiques.', 'Pour mieux comprendre.'] },
    { label: 'a domain name is not an end', input: 'Voir emakina.fr et 3.5 points.', expected: ['Voir emakina.fr et 3.5 points.'] },
    { label: 'line breaks end headings', input: 'Stratégie client\nPremière tendance : la fin', expected: ['Stratégie client', 'Première tendance : la fin'] },
    { label: 'spaces around', input: '  Texte.  ', expected: ['Texte.'] }
  ])('$label', ({ input, expected }) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('cuts a very long sentence after ";" or ":"', () => {
    const clause = 'des services en ligne qui remplacent les guichets et les agences de voyages traditionnelles';
    const text = `${Array.from({ length: 8 }, () => clause).join(' ; ')} : fin`;
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(1);
    expect(sentences.every((sentence) => sentence.length <= 400)).toBe(true);
    expect(sentences[0].endsWith(';')).toBe(true);
    expect(sentences.join(' ')).toBe(text);
  });

  it('leaves a long sentence without ";" or ":" whole', () => {
    const text = 'mot '.repeat(150).trim();
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe('segment: structure', () => {
  const text = 'Titre de l’article\n\nPremière phrase. Deuxième phrase.\n\n\n\n  • Un point : l’énergie\n\nFin.';
  const sentences = segment([documentOf(text, '000_abc'), documentOf('Autre texte.', '001_def')]);

  it('numbers sentences per document and paragraphs from 0, skipping empty blocks', () => {
    expect(sentences.map(({ id, document, paragraph }) => [id, document, paragraph])).toEqual([
      ['000_abc/0', '000_abc', 0],
      ['000_abc/1', '000_abc', 1],
      ['000_abc/2', '000_abc', 1],
      ['000_abc/3', '000_abc', 2],
      ['000_abc/4', '000_abc', 3],
      ['001_def/0', '001_def', 0]
    ]);
  });

  it('gives each sentence its offset in the document', () => {
    for (const sentence of sentences.filter((s) => s.document === '000_abc')) {
      expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
    }
    expect(sentences[3].text).toBe('• Un point : l’énergie');
  });

  it('tokenizes each sentence with offsets into it', () => {
    expect(sentences[3].tokens.map((token) => token.text)).toEqual(['•', 'Un', 'point', ':', 'l’', 'énergie']);
    for (const sentence of sentences) {
      for (const token of sentence.tokens) expect(sentence.text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('is empty for empty documents', () => {
    expect(segment([documentOf(''), documentOf(' \n\n \n')])).toEqual([]);
  });

  it('slices any document exactly, in order, without overlaps', () => {
    const pieces = fc.constantFrom('M. ', 'Dupont', ' ', '. ', '.', '…', '...', ' « ', ' » ', '?', '!', '\n', '\n\n', 'l’', 'etc. ', '[1]', ')', 'J. ', 'a', 'É', ';', ': ', '😀', '\u00a0');
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces).map((parts) => parts.join('')), fc.string({ unit: 'grapheme' })), (text) => {
        let previousEnd = 0;
        for (const sentence of segment([documentOf(text)])) {
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text.length).toBeGreaterThan(0);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
          previousEnd = sentence.start + sentence.text.length;
        }
      }),
      { seed: 20150707, numRuns: 500 }
    );
  });
});
