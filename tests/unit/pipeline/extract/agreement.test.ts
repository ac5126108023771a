/** Adjectives join a term only when they can agree with its noun (src/lib/pipeline/extract/agreement.ts). */
import { describe, expect, it } from 'vitest';
import { createAgreementTest } from '../../../../src/lib/pipeline/extract/agreement';
import type { LexicalEntry, Lexicon } from '../../../../src/lib/pipeline/types';
import { createSmallLexicon } from '../../../fixtures/small-lexicon';
import { extractFrom, sourceFile } from '../../helpers/corpus';

const READINGS: Record<string, LexicalEntry[]> = {
  béton: [{ pos: 'noun', lemma: 'béton', gender: 'm', number: 's' }],
  taux: [{ pos: 'noun', lemma: 'taux', gender: 'm', number: null }],
  soumises: [{ pos: 'adjective', lemma: 'soumis', gender: 'f', number: 'p' }],
  armé: [{ pos: 'adjective', lemma: 'armé', gender: 'm', number: 's' }],
  américains: [{ pos: 'adjective', lemma: 'américain', gender: 'm', number: 'p' }]
};
const lexicon: Lexicon = { ...createSmallLexicon(), entries: (word) => READINGS[word] ?? [] };
const agrees = createAgreementTest(lexicon);

describe('createAgreementTest', () => {
  it('lets an adjective of the same gender and number join its noun', () => {
    expect(agrees('béton', 'armé')).toBe(true);
  });

  it('rules out what the lexicon says cannot agree', () => {
    expect(agrees('béton', 'soumises')).toBe(false);
    expect(agrees('Béton', 'américains')).toBe(false);
  });

  it('lets an invariable or unknown form agree with anything', () => {
    expect(agrees('taux', 'américains')).toBe(true);
    expect(agrees('béton', 'disruptifs')).toBe(true);
  });
});

describe('terms through extraction with the real lexicon', () => {
  it('keeps an adjective that qualifies a noun further back out of the term', async () => {
    const extraction = await extractFrom([
      sourceFile('ponts.txt', 'Ponts\n\nLes piles en béton soumises au courant se fissurent. Le béton armé résiste, et le béton armé vieillit bien.')
    ]);
    const labels = extraction.nodes.filter((node) => node.type === 'concept').map((node) => node.label);
    expect(labels).toContain('béton armé');
    expect(labels.some((label) => /béton soumises/u.test(label))).toBe(false);
  });
});
