import { describe, expect, it } from 'vitest';
import { buildParagraphs, chooseLineJoining, tidyParagraph } from '../../../../src/lib/pipeline/ingest/paragraphs';

describe('buildParagraphs', () => {
  it.each([
    { label: 'blank lines separate paragraphs', input: 'Un.\n\n\n\nDeux.', joining: 'continuations', expected: ['Un.', 'Deux.'] },
    { label: 'a heading line stays apart from its text', input: 'Stratégie client\nPremière tendance : la fin.', joining: 'continuations', expected: ['Stratégie client', 'Première tendance : la fin.'] },
    { label: 'a lower-case line continues the sentence', input: 'logiques de cross-canal\n sont autant de thèmes', joining: 'continuations', expected: ['logiques de cross-canal sont autant de thèmes'] },
    { label: 'closing punctuation attaches', input: 'la génération Y, encore\n),supply chain', joining: 'continuations', expected: ['la génération Y, encore),supply chain'] },
    { label: 'a trailing comma or elision continues', input: 'Paris,\nLyon et l’\nÉtat', joining: 'continuations', expected: ['Paris, Lyon et l’ État'] },
    { label: 'hard-wrapped lines join', input: 'Le client est\nAu cœur du sujet.\n\nFin.', joining: 'always', expected: ['Le client est Au cœur du sujet.', 'Fin.'] },
    { label: 'bullets lose their glyph', input: '  • La plus grande révolution\n  • Quatrième révolution', joining: 'continuations', expected: ['La plus grande révolution', 'Quatrième révolution'] },
    { label: 'hyphen, star and numbered items', input: '- Personnalisation : oui\n* Design\n1. Reconsidérer\n2) Bâtir', joining: 'always', expected: ['Personnalisation : oui', 'Design', 'Reconsidérer', 'Bâtir'] },
    { label: 'a bullet item continues on a lower-case line', input: '- une société\nsans espèces', joining: 'continuations', expected: ['une société sans espèces'] },
    { label: '"1/" is not a bullet', input: '1/ Mettre le magasin au cœur', joining: 'continuations', expected: ['1/ Mettre le magasin au cœur'] },
    { label: 'spaces collapse and trim', input: '  trop   d’espaces   \n\n   \n', joining: 'continuations', expected: ['trop d’espaces'] },
    { label: 'empty text', input: '', joining: 'always', expected: [] }
  ] as const)('$label', ({ input, joining, expected }) => {
    expect(buildParagraphs(input, joining)).toEqual(expected);
  });
});

describe('tidyParagraph', () => {
  it.each([
    { input: 'acteurs économiques.Pour mieux comprendre', expected: 'acteurs économiques. Pour mieux comprendre' },
    { input: 'l’initiativehttp://developper.jcdecaux.com', expected: 'l’initiative http://developper.jcdecaux.com' },
    { input: 'Grenoble E.M et developper.jcdecaux.com', expected: 'Grenoble E.M et developper.jcdecaux.com' },
    { input: 'M.Dupont, etc.', expected: 'M.Dupont, etc.' }
  ])('"$input"', ({ input, expected }) => {
    expect(tidyParagraph(input)).toBe(expected);
  });
});

describe('chooseLineJoining', () => {
  const wrapped = Array.from({ length: 12 }, (_, i) => `ligne ${i} d’un texte coupé à soixante-douze colonnes par un outil`).join('\n');
  const oneParagraphPerLine = `${'Une longue ligne de paragraphe qui dépasse largement la centaine de caractères, comme dans les exports web. '.repeat(2)}\n`.repeat(12);
  it.each([
    { label: 'hard-wrapped text', text: wrapped, expected: 'always' },
    { label: 'one paragraph per line', text: oneParagraphPerLine, expected: 'continuations' },
    { label: 'short texts', text: 'Titre\nTexte.', expected: 'continuations' }
  ])('$label → $expected', ({ text, expected }) => {
    expect(chooseLineJoining(text)).toBe(expected);
  });
});
