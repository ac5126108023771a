/**
 * Extraction on French articles written for these tests, which the rules were not tuned on
 * (tests/fixtures/unseen): people, organisations, places, a book title and the terms a reader would list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../src/lib/graph/schema';
import type { Extraction } from '../../../../src/lib/pipeline/extract';
import { buildFrom, extractFrom, mentionTexts, nodeByLabel, readFolder } from '../../helpers/corpus';

let graph: GraphData;
let extraction: Extraction;

beforeAll(async () => {
  graph = (await buildFrom(readFolder('tests/fixtures/unseen'))).graph;
  extraction = await extractFrom(readFolder('tests/fixtures/unseen'));
});

describe('unseen texts: names', () => {
  const cases: { name: string; type: string | null }[] = [
    { name: 'Claire Fontaine', type: 'person' },
    { name: 'Marc Lefebvre', type: 'person' },
    { name: 'Julie Moreau', type: 'person' },
    { name: 'Thomas Girard', type: 'person' },
    { name: 'Sophie Martin', type: 'person' },
    { name: 'Paul Renaud', type: 'person' },
    { name: 'Engie', type: 'organization' },
    { name: 'Solaris', type: 'organization' },
    { name: 'Doctolib', type: 'organization' },
    { name: 'Ramsay Santé', type: 'organization' },
    { name: 'Université de Lyon', type: 'organization' },
    { name: 'Éditions du Seuil', type: 'organization' },
    { name: 'Agence Locale de l’Énergie', type: 'organization' },
    { name: 'Besançon', type: null },
    { name: 'Poitiers', type: null },
    { name: 'Allemagne', type: null },
    { name: 'Canada', type: null },
    { name: 'Sobriété heureuse', type: null }
  ];
  it.each(cases)('$name → $type', ({ name, type }) => {
    const node = nodeByLabel(graph, name);
    if (type === null) expect(node === undefined || node.type === 'concept').toBe(true);
    else expect(node?.type).toBe(type);
  });

  it('gathers surname-only and honorific mentions under the full name', () => {
    expect(mentionTexts(graph, nodeByLabel(graph, 'Marc Lefebvre')!)).toEqual(['Marc Lefebvre', 'Lefebvre']);
    expect(mentionTexts(graph, nodeByLabel(graph, 'Claire Fontaine')!)).toContain('Fontaine');
    expect(mentionTexts(graph, nodeByLabel(graph, 'Paul Renaud')!)).toEqual(['Paul Renaud', 'Renaud']);
  });

  it('reads the roles that tie people to organisations', () => {
    const stated = graph.edges
      .filter((edge) => edge.kind === 'affiliation')
      .map((edge) => `${nodeLabel(edge.source)} | ${edge.relation} | ${nodeLabel(edge.target)}`);
    expect(stated).toEqual(
      expect.arrayContaining([
        'Marc Lefebvre | directeur de | Agence Locale de l’Énergie',
        'Thomas Girard | PDG de | Solaris',
        'Sophie Martin | professeure à | Université de Lyon'
      ])
    );
  });

  it('links the byline author to the article', () => {
    const author = nodeByLabel(graph, 'Claire Fontaine')!;
    expect(graph.edges).toContainEqual(expect.objectContaining({ kind: 'authorship', source: 'doc:energie', target: author.id }));
  });
});

describe('unseen texts: concepts', () => {
  it.each([
    'transition énergétique',
    'rénovation thermique',
    'réseaux de chaleur',
    'précarité énergétique',
    'autoconsommation collective',
    'sobriété énergétique',
    'télémédecine',
    'dossier médical partagé',
    'fracture numérique',
    'relation de soin',
    'intelligence artificielle'
  ])('%s is a concept', (term) => {
    const concepts = extraction.nodes.filter((node) => node.type === 'concept').map((node) => node.label);
    expect(concepts).toContain(term);
  });

  it('finds no concept the texts do not have: no filler, no verb, no name', () => {
    const concepts = extraction.nodes.filter((node) => node.type === 'concept').map((node) => node.label.toLowerCase());
    for (const wrong of ['chose', 'cela', 'facture', 'explique', 'fontaine', 'engie', 'canada']) expect(concepts).not.toContain(wrong);
  });
});

function nodeLabel(id: string): string {
  return graph.nodes.find((node) => node.id === id)?.label ?? id;
}
