import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/pipeline/tokenize';

/** Tokens as "text" for words, "text:n" for numbers, "text:p" for punctuation. */
function show(text: string): string[] {
  return tokenize(text).map((token) => (token.kind === 'word' ? token.text : `${token.text}:${token.kind[0]}`));
}

describe('tokenize', () => {
  it.each([
    // Elisions are their own token, with either apostrophe.
    { input: 'l’énergie', expected: ['l’', 'énergie'] },
    { input: "d'usage", expected: ["d'", 'usage'] },
    { input: 'qu’il', expected: ['qu’', 'il'] },
    { input: 'L’Internet', expected: ['L’', 'Internet'] },
    { input: 'jusqu’à lorsqu’on puisqu’elle', expected: ['jusqu’', 'à', 'lorsqu’', 'on', 'puisqu’', 'elle'] },
    { input: 'n’importe s’afficher c’est j’ai m’organiser t’appelle', expected: ['n’', 'importe', 's’', 'afficher', 'c’', 'est', 'j’', 'ai', 'm’', 'organiser', 't’', 'appelle'] },
    { input: 'qu’aujourd’hui', expected: ['qu’', 'aujourd’hui'] },
    { input: 'l’ entreprise', expected: ['l’', 'entreprise'] },
    // Apostrophes inside a word.
    { input: 'aujourd’hui', expected: ['aujourd’hui'] },
    { input: 'quelqu’un presqu’île c’est-à-dire', expected: ['quelqu’un', 'presqu’île', 'c’est-à-dire'] },
    { input: 'presqu’impossible', expected: ['presqu’', 'impossible'] },
    { input: 'O’Reilly', expected: ['O’Reilly'] },
    { input: 'Vélib’ ici', expected: ['Vélib', '’:p', 'ici'] },
    // Compounds.
    { input: 'cross-canal', expected: ['cross-canal'] },
    { input: 'peer-to-peer e-commerce', expected: ['peer-to-peer', 'e-commerce'] },
    { input: 'Champs-Elysées, Martin-Juchat', expected: ['Champs-Elysées', ',:p', 'Martin-Juchat'] },
    { input: 'a-t-il', expected: ['a-t-il'] },
    { input: 'Bois-d’Arcy', expected: ['Bois-d’Arcy'] },
    { input: '- tiret', expected: ['-:p', 'tiret'] },
    // Letters and digits.
    { input: 'R&D B2B 3D', expected: ['R&D', 'B2B', '3D'] },
    { input: 'le n°5', expected: ['le', 'n°5'] },
    // A footnote call whose superscript was lost stays apart from its word; short codes keep their digits.
    { input: 'titrait La Tribune11, pour', expected: ['titrait', 'La', 'Tribune', '11:n', ',:p', 'pour'] },
    { input: 'à attendre12.', expected: ['à', 'attendre', '12:n', '.:p'] },
    { input: 'l’entreprise3 et mp3, A380, COP21, Web2', expected: ['l’', 'entreprise', '3:n', 'et', 'mp3', ',:p', 'A380', ',:p', 'COP21', ',:p', 'Web2'] },
    { input: 'Grenoble E.M', expected: ['Grenoble', 'E.M'] },
    { input: 'U.S.A.', expected: ['U.S.A', '.:p'] },
    { input: 'économiques.Pour', expected: ['économiques', '.:p', 'Pour'] },
    // Numbers.
    { input: '2015', expected: ['2015:n'] },
    { input: '3,5 %', expected: ['3,5:n', '%:p'] },
    { input: '38%', expected: ['38:n', '%:p'] },
    { input: 'à 15.17.00Je trouve', expected: ['à', '15.17.00:n', 'Je', 'trouve'] },
    { input: '2015-04-20 et 20/04/2015 à 15:30', expected: ['2015-04-20:n', 'et', '20/04/2015:n', 'à', '15:30:n'] },
    { input: '$14T', expected: ['$:p', '14T'] },
    { input: 'fin.', expected: ['fin', '.:p'] },
    { input: 'le 1er', expected: ['le', '1er'] },
    // Punctuation.
    { input: '« guillemets »', expected: ['«:p', 'guillemets', '»:p'] },
    { input: 'digitale)[1]', expected: ['digitale', '):p', '[:p', '1:n', ']:p'] },
    { input: 'Rien... Et… quoi ?!', expected: ['Rien', '...:p', 'Et', '…:p', 'quoi', '?:p', '!:p'] },
    { input: 'produits/services et/ou', expected: ['produits', '/:p', 'services', 'et', '/:p', 'ou'] },
    { input: 'oui – non — peut-être', expected: ['oui', '–:p', 'non', '—:p', 'peut-être'] },
    { input: 'emoji 😀 ok', expected: ['emoji', '😀:p', 'ok'] },
    // URLs and e-mail addresses.
    { input: 'voir https://www.example.com/a_(b)?x=1).', expected: ['voir', 'https://www.example.com/a_(b)?x=1', '):p', '.:p'] },
    { input: 'www.emakina.fr, ici', expected: ['www.emakina.fr', ',:p', 'ici'] },
    { input: 'écrire à jean.dupont@emakina.fr.', expected: ['écrire', 'à', 'jean.dupont@emakina.fr', '.:p'] },
    { input: '@bduperrin #IA', expected: ['@bduperrin', '#IA'] },
    // Spaces of every kind separate.
    { input: 'a\u00a0b\u202fc\td\ne', expected: ['a', 'b', 'c', 'd', 'e'] },
    { input: '', expected: [] }
  ])('"$input"', ({ input, expected }) => {
    expect(show(input)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'L’expérience client, aujourd’hui.';
    expect(tokenize(text).map(({ start, end }) => [start, end])).toEqual([
      [0, 2],
      [2, 12],
      [13, 19],
      [19, 20],
      [21, 32],
      [32, 33]
    ]);
  });

  /** Whitespace, controls and invisible format characters (BOM, zero-width space) are all the tokenizer skips. */
  const BETWEEN_TOKENS = /^[\s\p{Z}\p{Cc}\p{Cf}]*$/u;

  it('covers every non-space character of any text, in order, with exact slices', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'l’ d\'aujourd’hui-.,;:!?…«»()[]1234 é@#&/\n\u00a0AZaz°') })), (text) => {
        const tokens = tokenize(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(text.slice(previousEnd, token.start)).toMatch(BETWEEN_TOKENS);
          previousEnd = token.end;
        }
        expect(text.slice(previousEnd)).toMatch(BETWEEN_TOKENS);
      }),
      { seed: 20150420, numRuns: 300 }
    );
  });
});
