import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../src/lib/pipeline/ingest/normalize';

describe('normalizeText', () => {
  it.each([
    { label: 'NFC composes decomposed accents', input: 'e\u0301te\u0301 a\u0300 Noe\u0308l', expected: 'été à Noël' },
    { label: 'no-break spaces around guillemets', input: '«\u00a0mot\u00a0» et «\u202fmot\u202f»', expected: '« mot » et « mot »' },
    { label: 'narrow and thin spaces before punctuation', input: 'Vraiment\u202f? Oui\u2009!', expected: 'Vraiment ? Oui !' },
    { label: 'straight apostrophe becomes ’', input: "l'entreprise d'aujourd'hui", expected: 'l’entreprise d’aujourd’hui' },
    { label: 'modifier apostrophe becomes ’', input: 'lʼénergie', expected: 'l’énergie' },
    { label: '‘ typed as an apostrophe', input: 'l‘œuvre, qu‘il, aujourd‘hui', expected: 'l’œuvre, qu’il, aujourd’hui' },
    { label: '‘ opening a quotation stays', input: 'il dit ‘bonjour’', expected: 'il dit ‘bonjour’' },
    { label: 'line ends become \\n', input: 'a\r\nb\rc\u2028d', expected: 'a\nb\nc\nd' },
    { label: 'invisible characters go', input: 'co\u00adopé\u200bration\ufeff', expected: 'coopération' },
    { label: 'stray controls go, tabs become spaces', input: 'a\u0007b\tc\u0093', expected: 'ab c' },
    { label: 'lone surrogates go, pairs stay', input: 'Nadella\ud800 et \udc00num\ud83d\ude00', expected: 'Nadella et num\ud83d\ude00' },
    { label: 'correct French is untouched', input: 'État, À, Ça – c’est l’œuvre…', expected: 'État, À, Ça – c’est l’œuvre…' }
  ])('$label', ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeText("«\u00a0l'été\u00a0» e\u0301");
    expect(normalizeText(once)).toBe(once);
  });
});
