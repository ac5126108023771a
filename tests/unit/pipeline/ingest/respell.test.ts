import { describe, expect, it } from 'vitest';
import { respellBrokenAccents } from '../../../../src/lib/pipeline/ingest/respell';
import type { IngestedDocument, Lexicon } from '../../../../src/lib/pipeline/types';
import { createSmallLexicon } from '../../../fixtures/small-lexicon';

const base = createSmallLexicon();
const KNOWN = new Set(['ère', 'âme', 'même', 'où', 'été', 'thé']);
const lexicon: Lexicon = {
  ...base,
  entries: (form) => (KNOWN.has(form) ? [{ pos: 'noun', lemma: form, number: null, gender: null }] : base.entries(form))
};
const doc = (text: string): IngestedDocument => ({ id: 'a', file: 'a.txt', title: 't', author: null, url: null, date: null, language: 'fr', text, mojibakeRepaired: true });

describe('respellBrokenAccents', () => {
  it.each([
    { text: 'à l’ùre du digital', expected: 'à l’ère du digital' },
    // Known words, capitalised words and the tail of one ("Même") stay as written.
    { text: 'Même l’âme, où', expected: 'Même l’âme, où' },
    { text: 'Zoé à Bâle', expected: 'Zoé à Bâle' },
    // A word with two accents is never guessed at.
    { text: 'un dérnièr mot', expected: 'un dérnièr mot' }
  ])('$text → $expected', ({ text, expected }) => {
    expect(respellBrokenAccents([doc(text)], lexicon)[0].text).toBe(expected);
  });

  it('reads only documents whose mojibake was repaired: elsewhere an unknown word is the author’s', () => {
    const clean = { ...doc('à l’ùre du digital') };
    delete clean.mojibakeRepaired;
    expect(respellBrokenAccents([clean], lexicon)[0].text).toBe('à l’ùre du digital');
  });

  it('leaves a word alone when two respellings are French words', () => {
    const twoWays: Lexicon = { ...lexicon, entries: (form) => (form === 'pèche' || form === 'pêche' ? [{ pos: 'noun', lemma: form, number: null, gender: null }] : []) };
    expect(respellBrokenAccents([doc('la pùche')], twoWays)[0].text).toBe('la pùche');
  });
});
