/**
 * What the graph draws biggest: salience of concepts, on a short news story through extraction with the real
 * lexicon, and the scoring function alone where one factor is at stake.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../src/lib/pipeline/extract';
import { conceptSalience } from '../../../../src/lib/pipeline/extract/salience';
import type { Lexicon, MentionSpan } from '../../../../src/lib/pipeline/types';
import { createSmallLexicon } from '../../../fixtures/small-lexicon';
import { extractFrom, sourceFile } from '../../helpers/corpus';

const STORY = `Inondations dans le Gard

La ministre de la Transition écologique, Mme Claire Vidal, s’est rendue à Alès. Elle a promis un fonds d’urgence. Mme Vidal a rencontré les sinistrés dans l’après-midi.
Les crues ont touché des centaines de maisons. Des millions d’euros de dégâts sont estimés par les assureurs.
Les crues reviennent chaque automne, et les crues de 2002 restent dans les mémoires. Un fonds d’aide aux sinistrés complète le fonds de garantie des assureurs.
Le général commandant la sécurité civile a posé des barrières de fermeture sur deux routes.`;

let extraction: Extraction;
const concepts = () => extraction.nodes.filter((node) => node.type === 'concept');
const labels = () => concepts().map((node) => node.label);
const salienceOf = (label: string) => concepts().find((node) => node.label === label)?.salience ?? 0;

beforeAll(async () => {
  extraction = await extractFrom([sourceFile('gard.txt', STORY)]);
});

describe('what is no idea of the text', () => {
  it('makes no concept of an honorific, an hour of the day or an amount', () => {
    expect(labels()).not.toContain('Mme');
    expect(labels().some((label) => /après-midi|^millions?\b|^centaines?\b/u.test(label))).toBe(false);
  });

  it('ranks a role, which stands for a person, below the terms the story names once', () => {
    expect(salienceOf('ministre de la Transition écologique')).toBeGreaterThan(0);
    expect(salienceOf('ministre de la Transition écologique')).toBeLessThan(salienceOf('fonds d’urgence'));
  });
});

describe('terms met once', () => {
  it('ranks the one made of the story’s recurring words above one whose words appear once', () => {
    expect(salienceOf('barrières de fermeture')).toBeGreaterThan(0);
    expect(salienceOf('fonds de garantie')).toBeGreaterThan(salienceOf('barrières de fermeture'));
  });
});

describe('conceptSalience', () => {
  const lexicon: Lexicon = { ...createSmallLexicon(), generalFrequency: () => 1e-5 };
  const mentions = (count: number): MentionSpan[] =>
    Array.from({ length: count }, (_, i) => ({ passage: `a#${i}`, start: 0, end: 6, surface: 'client' }));

  it('lowers a word many terms are built on, since its ideas are those terms', () => {
    const alone = conceptSalience('client', 1, mentions(20), 5000, lexicon, { compounds: 0 });
    const head = conceptSalience('client', 1, mentions(20), 5000, lexicon, { compounds: 8 });
    expect(head).toBeCloseTo(alone / 3, 6);
  });

  it('weighs a multi-word term by how often its words come back', () => {
    const recurring = conceptSalience('zone inondable', 2, mentions(1), 5000, lexicon, { partFrequencies: [8, 8] });
    const once = conceptSalience('barrière de fermeture', 2, mentions(1), 5000, lexicon, { partFrequencies: [1, 1] });
    expect(recurring / once).toBeCloseTo(3, 6);
  });

  it('gives a role the floor a word as common here as anywhere gets', () => {
    const role = conceptSalience('ministre', 1, mentions(10), 5000, lexicon);
    const word = conceptSalience('sinistre', 1, mentions(10), 5000, lexicon);
    expect(role).toBeLessThan(word);
  });
});
