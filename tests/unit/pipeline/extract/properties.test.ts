/**
 * Properties of extraction over arbitrary text: it never throws, and every mention lies inside its passage
 * and slices exactly the surface it claims.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../../src/lib/pipeline/extract';
import { FILLER_NOUNS } from '../../../../src/lib/pipeline/lexicon/stopwords-fr';
import { segment } from '../../../../src/lib/pipeline/segment';
import type { IngestedDocument, Lexicon } from '../../../../src/lib/pipeline/types';
import { realLexicon } from '../../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await realLexicon();
});

/** French-looking text: words, names, elisions, punctuation, from a small alphabet so phrases repeat. */
const frenchish = fc
  .array(
    fc.constantFrom(
      'la', 'transformation', 'digitale', 'de', 'l’', 'expérience', 'client', 'Bertrand', 'Duperrin', 'chez', 'Emakina',
      'PDG', 'Microsoft', ',', '.', '«', '»', 'M.', 'Dupont', 'explique', 'à', 'Paris', 'réseaux', 'sociaux', '\n\n',
      'd’usage', 'économie', 'Le', 'Monde', '3', 'É', '’', '-', 'cross-canal', ' '
    ),
    { maxLength: 80 }
  )
  .map((words) => words.join(' '));

function run(text: string) {
  const documents: IngestedDocument[] = [
    { id: 'p', file: 'p.txt', title: 'T', author: 'Jean Test', url: null, date: null, language: 'fr', text }
  ];
  const sentences = segment(documents);
  return { sentences, ...extract(documents, sentences, lexicon, { fillerNouns: FILLER_NOUNS }) };
}

describe('extract: properties', () => {
  it('never throws, and every mention slices its surface from its passage', () => {
    fc.assert(
      fc.property(fc.oneof(frenchish, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 })), (text) => {
        const { sentences, nodes, relations } = run(text);
        const byId = new Map(sentences.map((sentence) => [sentence.id, sentence]));
        for (const node of nodes) {
          for (const mention of node.mentions) {
            const passage = byId.get(mention.passage);
            expect(passage).toBeDefined();
            expect(mention.start).toBeGreaterThanOrEqual(0);
            expect(mention.end).toBeGreaterThan(mention.start);
            expect(mention.end).toBeLessThanOrEqual(passage!.text.length);
            expect(passage!.text.slice(mention.start, mention.end)).toBe(mention.surface);
          }
        }
        const ids = new Set(nodes.map((node) => node.id));
        expect(ids.size).toBe(nodes.length);
        for (const relation of relations) {
          expect(ids.has(relation.source) && ids.has(relation.target)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261123 }
    );
  });
});
