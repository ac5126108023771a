import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../src/lib/pipeline/lexicon/compile-lexicon';
import { createLexicon } from '../../../../src/lib/pipeline/lexicon/create-lexicon';

const MLEX = [
  'client\tnc\tclient\tms',
  'Orange\tnp\tOrange\tfs',
  'orange\tadj\torange\ts',
  'orange\tnc\torange\tms',
  'coeur\tnc\tcoeur\tms',
  "l'\tdet\tle\ts",
  "aujourd'hui\tadv\taujourd'hui\t",
  'numérique\tadj\tnumérique\ts',
  'été\tnc\tété\tms'
].join('\n');

const lexicon = createLexicon(compileLexicon(MLEX), ['le', 'à', 'aujourd’hui', "quelqu'un", 'faut'], ['Bertrand', 'Benoît', 'Jean', 'Pierre', 'Éric']);

describe('createLexicon: entries', () => {
  it.each([
    { label: 'as written', form: 'client', expected: ['noun client'] },
    { label: 'capitalised at a sentence start', form: 'Client', expected: ['noun client'] },
    { label: 'shouting', form: 'CLIENT', expected: ['noun client'] },
    { label: 'proper noun first, then the common word', form: 'Orange', expected: ['properNoun Orange', 'adjective orange', 'noun orange'] },
    { label: 'œ looked up as Lefff writes it', form: 'cœur', expected: ['noun coeur'] },
    { label: 'curly apostrophe', form: 'l’', expected: ['determiner le'] },
    { label: 'straight apostrophe', form: "l'", expected: ['determiner le'] },
    { label: 'lemma keeps the corpus apostrophe', form: 'aujourd’hui', expected: ['adverb aujourd’hui'] },
    { label: 'accents matter', form: 'ete', expected: [] },
    { label: 'unaccented capitals are unknown', form: 'NUMERIQUE', expected: [] },
    { label: 'unknown word', form: 'Amazon', expected: [] },
    { label: 'before the first row', form: '!', expected: [] },
    { label: 'after the last row', form: 'zzz', expected: [] },
    { label: 'empty string', form: '', expected: [] }
  ])('$label: "$form"', ({ form, expected }) => {
    expect(lexicon.entries(form).map((entry) => `${entry.pos} ${entry.lemma}`)).toEqual(expected);
  });

  it('answers the same array for the same form', () => {
    expect(lexicon.entries('Client')).toBe(lexicon.entries('Client'));
  });

  it('finds every form of a larger table', () => {
    const forms = Array.from({ length: 500 }, (_, i) => `mot${i.toString(36)}`);
    const big = createLexicon(compileLexicon(forms.map((form) => `${form}\tnc\t${form}\tms`).join('\n')), [], []);
    expect(forms.filter((form) => big.entries(form).length !== 1)).toEqual([]);
    expect(big.entries('mot')).toEqual([]);
  });
});

describe('createLexicon: isStopword', () => {
  it.each([
    { word: 'le', expected: true },
    { word: 'Le', expected: true },
    { word: 'FAUT', expected: true },
    { word: 'à', expected: true },
    { word: 'À', expected: true },
    { word: 'a', expected: false },
    { word: 'aujourd’hui', expected: true },
    { word: "aujourd'hui", expected: true },
    { word: 'quelqu’un', expected: true },
    { word: 'client', expected: false }
  ])('"$word" → $expected', ({ word, expected }) => {
    expect(lexicon.isStopword(word)).toBe(expected);
  });
});

describe('createLexicon: isFirstName', () => {
  it.each([
    { word: 'Bertrand', expected: true },
    { word: 'BERTRAND', expected: true },
    { word: 'Benoit', expected: true },
    { word: 'Eric', expected: true },
    { word: 'Jean-Pierre', expected: true },
    { word: 'Jean-Client', expected: false },
    { word: 'Duperrin', expected: false },
    { word: 'pierre', expected: true },
    { word: '', expected: false }
  ])('"$word" → $expected', ({ word, expected }) => {
    expect(lexicon.isFirstName(word)).toBe(expected);
  });
});
