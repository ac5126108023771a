import { describe, expect, it } from 'vitest';
import { compileLexicon, LEXICON_DATA_VERSION } from '../../../../src/lib/pipeline/lexicon/compile-lexicon';
import { createLexicon } from '../../../../src/lib/pipeline/lexicon/create-lexicon';

/** A hand-checked slice of Lefff's format: form, category, lemma, morph (tab-separated). */
const TINY_MLEX = [
  'réseaux\tnc\tréseau\tmp',
  'sociaux\tadj\tsocial\tmp',
  'client\tadj\tclient\ts',
  'client\tnc\tclient\tms',
  'aime\tv\taimer\tP1s',
  'aime\tv\taimer\tP3s',
  'aime\tv\taimer\tS3s',
  'données\tv\tdonner\tKfp',
  'données\tnc\tdonnée\tfp',
  "l'\tdet\tle\ts",
  "l'\tcla\tcla\t3ms",
  'coeur\tnc\tcoeur\tms',
  'Paris\tnp\tParis\tms',
  'Mme\tnc\tMonsieur\tfs',
  "aujourd'hui\tadv\taujourd'hui\t",
  'et\tcoo\tet\t',
  'de\tprep\tde\t',
  '.\tponcts\t.\t',
  'à cause de\tprep\tà cause de\t',
  'anti-_\tadjPref\tanti-\t',
  '_NPREF\tadvPref\t_NPREF\t'
].join('\n');

describe('compileLexicon', () => {
  const data = compileLexicon(TINY_MLEX);
  const lexicon = createLexicon(data, [], []);

  it('writes one sorted row per usable form', () => {
    expect(data.version).toBe(LEXICON_DATA_VERSION);
    const forms = data.rows.trimEnd().split('\n').map((row) => row.split('\t')[0]);
    expect(forms).toEqual([...forms].sort());
    expect(forms).toEqual(['Mme', 'Paris', 'aime', "aujourd'hui", 'client', 'coeur', 'de', 'données', 'et', "l'", 'réseaux', 'sociaux']);
  });

  it('encodes lemmas as short edits of the form', () => {
    expect(data.rows).toContain('réseaux\tnpm1,\n');
    expect(data.rows).toContain('sociaux\tapm2,l\n');
  });

  it.each([
    { form: 'réseaux', expected: [{ pos: 'noun', lemma: 'réseau', number: 'p', gender: 'm' }] },
    { form: 'sociaux', expected: [{ pos: 'adjective', lemma: 'social', number: 'p', gender: 'm' }] },
    {
      form: 'client',
      expected: [
        { pos: 'adjective', lemma: 'client', number: 's', gender: null },
        { pos: 'noun', lemma: 'client', number: 's', gender: 'm' }
      ]
    },
    // Tenses and persons collapse: one entry per (pos, lemma, number, gender).
    { form: 'aime', expected: [{ pos: 'verb', lemma: 'aimer', number: 's', gender: null }] },
    {
      form: 'données',
      expected: [
        { pos: 'verb', lemma: 'donner', number: 'p', gender: 'f' },
        { pos: 'noun', lemma: 'donnée', number: 'p', gender: 'f' }
      ]
    },
    // Clitics get their form as lemma instead of Lefff's category name.
    {
      form: 'l’',
      expected: [
        { pos: 'determiner', lemma: 'le', number: 's', gender: null },
        { pos: 'pronoun', lemma: 'l’', number: 's', gender: 'm' }
      ]
    },
    { form: 'Paris', expected: [{ pos: 'properNoun', lemma: 'Paris', number: 's', gender: 'm' }] },
    { form: 'Mme', expected: [{ pos: 'noun', lemma: 'Monsieur', number: 's', gender: 'f' }] },
    { form: 'aujourd’hui', expected: [{ pos: 'adverb', lemma: 'aujourd’hui', number: null, gender: null }] },
    { form: 'et', expected: [{ pos: 'conjunction', lemma: 'et', number: null, gender: null }] },
    { form: 'de', expected: [{ pos: 'preposition', lemma: 'de', number: null, gender: null }] }
  ])('$form', ({ form, expected }) => {
    expect(lexicon.entries(form)).toEqual(expected);
  });

  it.each(['.', 'à cause de', 'anti-_', '_NPREF'])('drops punctuation, multi-word forms and Lefff patterns: "%s"', (form) => {
    expect(data.rows).not.toContain(`${form}\t`);
  });

  it('survives a JSON round trip and CRLF input', () => {
    const again = createLexicon(JSON.parse(JSON.stringify(compileLexicon(TINY_MLEX.replaceAll('\n', '\r\n')))), [], []);
    expect(again.entries('réseaux')).toEqual(lexicon.entries('réseaux'));
  });

  it('is deterministic', () => {
    expect(compileLexicon(TINY_MLEX).rows).toBe(data.rows);
  });
});
