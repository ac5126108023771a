import { describe, expect, it } from 'vitest';
import { wordKey } from '../../../../src/lib/pipeline/extract/name-cues';
import { TYPING_RULES, voteOnType, type MentionContext } from '../../../../src/lib/pipeline/extract/typing-rules';
import { createSmallLexicon } from '../../../fixtures/small-lexicon';

const lexicon = createSmallLexicon();

/** A mention of `name` after the words `before` (nearest last) and before the word `after`. */
function mention(name: string, before: string[] = [], after = '', punctuationAfter = ''): MentionContext {
  const words = name.split(' ');
  const keys = words.map(wordKey);
  return {
    words,
    keys,
    before,
    beforeKeys: before.map(wordKey),
    after: wordKey(after),
    punctuationAfter,
    contentWords: words.filter((word) => !['de', 'du', 'des', 'la', 'le'].includes(word)),
    citation: false,
    periodical: false,
    inList: false,
    initialsAfter: false,
    appositive: punctuationAfter === ',' ? wordKey(after) : '',
    lexicon
  };
}

const rule = (name: string) => TYPING_RULES.find((candidate) => candidate.name === name)!;

describe('typing rules, each alone', () => {
  it('has a reason and a positive weight for every rule, and unique names', () => {
    expect(new Set(TYPING_RULES.map((r) => r.name)).size).toBe(TYPING_RULES.length);
    for (const r of TYPING_RULES) {
      expect(r.why.length).toBeGreaterThan(20);
      expect(r.weight).toBeGreaterThan(0);
    }
  });

  it.each([
    { rule: 'honorific', applies: mention('Dupont', ['M']), expected: true },
    { rule: 'honorific', applies: mention('Dupont', ['Mme']), expected: true },
    // Case matters: "me" and "pr" are common lower-case words.
    { rule: 'honorific', applies: mention('Dupont', ['me']), expected: false },
    { rule: 'first-name', applies: mention('Claire Fontaine'), expected: true },
    { rule: 'first-name', applies: mention('Claire'), expected: false },
    { rule: 'role-before', applies: mention('Dupont', ['le', 'ministre']), expected: true },
    { rule: 'role-before', applies: mention('Dupont', ['le', 'général']), expected: true },
    { rule: 'role-before', applies: mention('Dupont', ['la', 'juge']), expected: true },
    { rule: 'role-of', applies: mention('Solaris', ['PDG', 'de']), expected: true },
    { rule: 'role-of', applies: mention('Lyon', ['maire', 'de']), expected: false },
    { rule: 'role-apposition', applies: mention('Dupont', [], 'ministre', ','), expected: true },
    { rule: 'speech-verb', applies: mention('Dupont', [], 'explique'), expected: true },
    { rule: 'organization-word', applies: mention('Université de Lyon'), expected: true },
    { rule: 'organization-cue', applies: mention('Emakina', ['chez']), expected: true },
    { rule: 'organization-cue', applies: mention('Doctolib', ['sites', 'comme']), expected: true },
    { rule: 'title-article', applies: mention('Le Monde'), expected: true },
    { rule: 'acronym', applies: mention('OCDE'), expected: true },
    { rule: 'acronym', applies: mention('RH'), expected: false },
    { rule: 'country', applies: mention('Japon', ['au']), expected: true },
    { rule: 'gazetteer', applies: mention('Lyon'), expected: true },
    { rule: 'place-preposition', applies: mention('Venise', ['à']), expected: true },
    // Rivers and regions take an article; short unknown words are bodies French abbreviates, sources are no places.
    { rule: 'definite-article', applies: mention('Wurtemberg', ['du']), expected: true },
    { rule: 'definite-article', applies: mention('Franche-Comté', ['la']), expected: true },
    { rule: 'definite-article', applies: mention('Insee', ['l’']), expected: false },
    { rule: 'definite-article', applies: mention('Wurtemberg', ['selon', 'le']), expected: false },
    { rule: 'definite-article', applies: mention('SNCF', ['la']), expected: false },
    { rule: 'definite-article', applies: mention('Wurtemberg', ['Le']), expected: false },
    { rule: 'organization-cue', applies: mention('Pommier', ['éditions', 'du']), expected: true },
    // Words no dictionary knows, as names from traditions the first-name lists miss; brands borrow words.
    { rule: 'unknown-words', applies: mention('Bola Tinubu'), expected: true },
    { rule: 'unknown-words', applies: mention('Harris Interactive'), expected: false },
    { rule: 'unknown-words', applies: mention('Bola'), expected: false },
    // A nationality in lower case names a company ("l’américain X"); a capitalised one, a person.
    { rule: 'nationality-before', applies: mention('Siemens', ['l’', 'allemand']), expected: true },
    { rule: 'nationality-before', applies: mention('Smith', ['l’', 'Américain']), expected: false },
    { rule: 'nationality-before', applies: mention('Biden', ['président', 'américain']), expected: false },
    { rule: 'acronym', applies: mention('CFE-CGC'), expected: true },
    { rule: 'organization-cue', applies: mention('Dassault', ['filiale', 'de']), expected: true },
    // "Dominique Faucher, le maire": the role past the article; "À Paris, le directeur…" is no apposition.
    { rule: 'role-apposition', applies: { ...mention('Faucher', ['Dominique'], 'le', ','), appositive: 'maire' }, expected: true },
    { rule: 'role-apposition', applies: { ...mention('Paris', ['À'], 'le', ','), appositive: 'directeur' }, expected: false },
    { rule: 'place-preposition', applies: mention('Université de Lyon', ['à']), expected: false },
    // Lower-case words between the honorific and the name, or a plural honorific over a list of names.
    { rule: 'honorific', applies: mention('Duclos', ['Mme', 'veuve']), expected: true },
    { rule: 'honorific', applies: mention('Lescouvé', ['M.', 'le', 'substitut']), expected: true },
    { rule: 'honorific', applies: mention('Bloch', ['MM.', 'Blin', 'et']), expected: true },
    { rule: 'honorific', applies: mention('Bloch', ['M.', 'Blin', 'et']), expected: false },
    // A title with its particle is a person, never where a role is held.
    { rule: 'title-of', applies: mention('Vogüé', ['le', 'vicomte', 'de']), expected: true },
    { rule: 'title-of', applies: mention('Négrier', ['le', 'général', 'de']), expected: true },
    { rule: 'role-of', applies: mention('Négrier', ['le', 'général', 'de']), expected: false },
    // "se dirigeant sur X": "sur" is an adjective too, but a stopword after a role word.
    { rule: 'role-before', applies: mention('Le Havre', ['se', 'dirigeant', 'sur']), expected: false },
    { rule: 'title-article', applies: mention('Le Havre'), expected: false },
    { rule: 'role-before', applies: mention('RN', ['le', 'député']), expected: false },
    { rule: 'periodical', applies: { ...mention('Administrative Science Quarterly'), periodical: true }, expected: true },
    { rule: 'periodical', applies: mention('Administrative Science Quarterly'), expected: false },
    { rule: 'brand-shape', applies: mention('EgyptAir', ['à']), expected: true },
    { rule: 'brand-shape', applies: mention('iPad'), expected: true },
    { rule: 'brand-shape', applies: mention('McAllen', ['à']), expected: false },
    { rule: 'brand-shape', applies: mention('DeKalb'), expected: false },
    { rule: 'brand-shape', applies: mention('Lyon', ['à']), expected: false },
    { rule: 'place-word', applies: mention('Occitanie', ['de', 'la', 'région']), expected: true },
    { rule: 'place-word', applies: mention('Aude', ['le', 'département', 'de', "l'"].slice(-3)), expected: true },
    { rule: 'place-word', applies: mention('Tage', ['le', 'fleuve']), expected: true },
    { rule: 'place-word', applies: mention('Solaris', ['PDG', 'de']), expected: false },
    { rule: 'country', applies: mention('Europe'), expected: true },
    { rule: 'country', applies: mention('Amérique latine'), expected: true },
    { rule: 'country', applies: mention('Monde'), expected: false },
    { rule: 'list-of-names', applies: { ...mention('Madrid'), inList: true }, expected: false },
    { rule: 'list-of-names', applies: { ...mention('Vélib'), inList: true }, expected: true }
  ])('$rule on "$applies.words" → $expected', ({ rule: name, applies, expected }) => {
    expect(rule(name).applies(applies)).toBe(expected);
  });

  it('votes "no cue" (organisation, weakly) only when nothing else says anything', () => {
    expect(voteOnType(mention('Darjeelin'))).toEqual([{ rule: 'no-cue', type: 'organization', weight: 0.3 }]);
    expect(voteOnType(mention('Dupont', ['M'])).map((vote) => vote.rule)).toEqual(['honorific']);
  });
});
