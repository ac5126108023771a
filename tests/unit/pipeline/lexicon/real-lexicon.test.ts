import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../../scripts/lib/load-lexicon';
import type { Lexicon } from '../../../../src/lib/pipeline/types';

/** The Lefff-backed lexicon the CLI uses (compiled into .cache/ on first use, which takes a few seconds). */
let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
});

describe('the real lexicon', () => {
  it.each([
    { form: 'expérience', pos: 'noun', lemma: 'expérience', number: 's' },
    { form: 'client', pos: 'noun', lemma: 'client', number: 's' },
    { form: 'clients', pos: 'noun', lemma: 'client', number: 'p' },
    { form: 'sociaux', pos: 'adjective', lemma: 'social', number: 'p' },
    { form: 'réseaux', pos: 'noun', lemma: 'réseau', number: 'p' },
    { form: 'digitale', pos: 'adjective', lemma: 'digital', number: 's' },
    { form: 'Expérience', pos: 'noun', lemma: 'expérience', number: 's' },
    { form: 'cœur', pos: 'noun', lemma: 'coeur', number: 's' },
    { form: 'l’', pos: 'determiner', lemma: 'le', number: 's' },
    { form: 'données', pos: 'noun', lemma: 'donnée', number: 'p' },
    { form: 'Paris', pos: 'properNoun', lemma: 'Paris', number: 's' }
  ] as const)('knows "$form" as $pos $lemma', ({ form, ...expected }) => {
    expect(lexicon.entries(form)).toContainEqual(expect.objectContaining(expected));
  });

  it('knows nationality words in every gender and number, and no common word as one', () => {
    for (const word of ['américain', 'Américaines', 'allemand', 'chinois', 'française', 'sud-africains']) expect(lexicon.isDemonym(word), word).toBe(true);
    for (const word of ['jeune', 'grand', 'petit', 'général']) expect(lexicon.isDemonym(word), word).toBe(false);
  });

  it('knows "aujourd’hui" as one adverb', () => {
    expect(lexicon.entries('aujourd’hui').map((entry) => entry.pos)).toEqual(['adverb']);
  });

  it.each(['faut', 'cela', 'etc', 'l’'])('"%s" is a stopword', (word) => {
    expect(lexicon.isStopword(word)).toBe(true);
  });

  it.each(['valeur', 'nouveau', 'personne'])('"%s" is not a stopword', (word) => {
    expect(lexicon.isStopword(word)).toBe(false);
  });

  it.each(['Bertrand', 'Nicolas', 'Michel', 'Satya'])('"%s" is a first name', (name) => {
    expect(lexicon.isFirstName(name)).toBe(true);
  });

  it('is loaded once per process', async () => {
    expect(await loadLexicon()).toBe(lexicon);
  });
});
