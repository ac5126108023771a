/**
 * Terms a short text names once: kept as concepts of low rank, without taking a mention from a term the text
 * repeats, and never a light-verb locution, a title or a name. Through extraction with the real lexicon.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../../src/lib/pipeline/extract';
import { extractFrom, sourceFile } from '../../helpers/corpus';

const TEXT = `Crues dans l’Aude

Le préfet a demandé la reconnaissance de l’état de catastrophe naturelle pour douze communes. Les maisons en zone inondable ont été évacuées.
La transformation digitale des secours avance. Une agence de transformation digitale accompagne la préfecture.
Les maires veulent tirer parti des retours d’expérience, et la commune a besoin de formations pour ses agents.
Il y a création de valeur quand les secours partagent leurs données. Voir Chinese Experiment on Flood Control, 2019.`;

let extraction: Extraction;
const labels = () => extraction.nodes.filter((node) => node.type === 'concept').map((node) => node.label);
const concept = (label: string) => extraction.nodes.find((node) => node.type === 'concept' && node.label === label);

beforeAll(async () => {
  extraction = await extractFrom([sourceFile('crues.txt', TEXT)]);
});

describe('terms met once', () => {
  it.each(['catastrophe naturelle', 'zone inondable', 'création de valeur'])('%s is a concept', (label) => {
    expect(labels()).toContain(label);
  });

  it('takes no mention from a term the text repeats', () => {
    expect(concept('transformation digitale')?.mentions).toHaveLength(2);
    expect(labels()).not.toContain('agence de transformation digitale');
  });

  it('makes no concept of a light-verb locution, nor of a capitalised title met once', () => {
    expect(labels()).not.toContain('parti des retours');
    expect(labels().some((label) => /^parti\b|^besoin de/u.test(label))).toBe(false);
    expect(labels().some((label) => /Chinese|Experiment/u.test(label))).toBe(false);
  });
});
