/** The held-out scorer (scripts/lib/score-extraction.ts) on a small hand-made graph whose figures are known. */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type GraphData, type GraphNode, type NodeType } from '../../../src/lib/graph/schema';
import { parseGold, scoreExtraction, share, type Gold } from '../../../scripts/lib/score-extraction';

function node(label: string, type: NodeType, aliases: string[] = []): GraphNode {
  return {
    id: `${type}:${label}`,
    label,
    type,
    aliases,
    cluster: null,
    mentions: [],
    documents: [],
    frequency: 1,
    typeConfidence: 1,
    degree: 0,
    pagerank: 0,
    importance: 0,
    x: 0,
    y: 0
  };
}

function graphOf(nodes: GraphNode[]): GraphData {
  return { schemaVersion: SCHEMA_VERSION, meta: { modularity: 0 }, documents: [], passages: [], nodes, edges: [], clusters: [] };
}

const gold: Gold = {
  people: [['Hélène Vasseur', 'Vasseur'], ['Cyril Ramaphosa', 'Ramaphosa'], ['Aminata Touré', 'Touré']],
  organizations: [['Organisation des Nations unies', 'ONU'], ['Renault']],
  places: [['Lyon'], ['Pékin']],
  concepts: ['transition énergétique', ['dette', 'dette publique']],
  junk: ['contact@exemple.fr', 'Se désinscrire', 'mai'],
  ambiguous: ['État']
};

const graph = graphOf([
  node('Helene VASSEUR', 'person', ['Vasseur']), // found: accents and case do not matter
  node('Jean Inconnu', 'person'), // a person node the gold does not know
  node('Ramaphosa', 'organization'), // a person typed organisation
  node('ONU', 'organization'), // found through its acronym
  node('Lyon', 'organization'), // a place that became an organisation
  node('État', 'organization'), // ambiguous: neither hit nor false positive
  node('contact@exemple.fr', 'organization'), // junk, and a false organisation
  node('Pékin', 'concept'), // a place left as a concept: kept out of person/organisation
  node('transition energetique', 'concept'),
  node('dettes', 'concept', ['dette publique']), // found through a variant carried as an alias
  node('maison', 'concept'), // "mai" is not in "maison"
  node('réunion de mai', 'concept'), // but is in "réunion de mai"
  node('Se désinscrire', 'document') // document nodes are files, never scored
]);

describe('scoreExtraction', () => {
  const score = scoreExtraction(graph, gold);

  it('counts a gold person as found only when a person node carries one of its forms', () => {
    expect(score.peopleRecall).toEqual({ count: 1, total: 3 });
    expect(score.missedPeople).toEqual([
      { name: 'Cyril Ramaphosa', foundAs: [{ label: 'Ramaphosa', type: 'organization' }] },
      { name: 'Aminata Touré', foundAs: [] }
    ]);
  });

  it('counts organisations typed organisation, by any of their forms', () => {
    expect(score.organizationsRecall).toEqual({ count: 1, total: 2 });
    expect(score.missedOrganizations).toEqual([{ name: 'Renault', foundAs: [] }]);
  });

  it('reports places that a person or organisation node carries', () => {
    expect(score.placesKeptOut).toEqual({ count: 1, total: 2 });
    expect(score.placesLeaked).toEqual([{ place: 'Lyon', nodes: [{ label: 'Lyon', type: 'organization' }] }]);
  });

  it('measures precision per type, says what each false positive is, and leaves ambiguous names out', () => {
    expect(score.personPrecision).toEqual({ count: 1, total: 2 });
    expect(score.falsePersons).toEqual([{ label: 'Jean Inconnu', aliases: [], gold: null, goldName: null }]);
    expect(score.organizationPrecision).toEqual({ count: 1, total: 4 });
    expect(score.falseOrganizations).toEqual([
      { label: 'Ramaphosa', aliases: [], gold: 'person', goldName: 'Cyril Ramaphosa' },
      { label: 'Lyon', aliases: [], gold: 'place', goldName: 'Lyon' },
      { label: 'contact@exemple.fr', aliases: [], gold: 'junk', goldName: null }
    ]);
  });

  it('finds concepts by label or alias, accent- and case-insensitively', () => {
    expect(score.conceptsRecall).toEqual({ count: 2, total: 2 });
    expect(score.missedConcepts).toEqual([]);
  });

  it('ranks concepts by importance: of the k largest (k gold concepts), how many are gold', () => {
    const sized = (label: string, importance: number) => ({ ...node(label, 'concept'), importance });
    const ranked = scoreExtraction(graphOf([sized('maison', 0.9), sized('dette', 0.5), sized('transition énergétique', 0.4)]), gold);
    expect(ranked.conceptsRanked).toEqual({ count: 1, total: 2 });
    const ideasFirst = scoreExtraction(graphOf([sized('maison', 0.3), sized('dette', 0.5), sized('transition énergétique', 0.4)]), gold);
    expect(ideasFirst.conceptsRanked).toEqual({ count: 2, total: 2 });
  });

  it('finds junk as a whole node or as whole words inside one, ignoring document nodes', () => {
    expect(score.junkFound).toEqual({ count: 2, total: 3 });
    expect(score.junkNodes).toEqual([
      { junk: 'contact@exemple.fr', nodes: [{ label: 'contact@exemple.fr', type: 'organization' }] },
      { junk: 'mai', nodes: [{ label: 'réunion de mai', type: 'concept' }] }
    ]);
  });

  it('gives perfect figures when the graph is the gold', () => {
    const perfect = scoreExtraction(
      graphOf([
        node('Hélène Vasseur', 'person'),
        node('Cyril Ramaphosa', 'person'),
        node('Aminata Touré', 'person'),
        node('ONU', 'organization'),
        node('Renault', 'organization'),
        node('transition énergétique', 'concept'),
        node('dette', 'concept')
      ]),
      gold
    );
    for (const figure of ['peopleRecall', 'organizationsRecall', 'placesKeptOut', 'personPrecision', 'organizationPrecision', 'conceptsRecall', 'conceptsRanked'] as const) {
      expect(share(perfect[figure]), figure).toBe(1);
    }
    expect(share(perfect.junkFound)).toBe(0);
  });

  it('has no share for an empty category', () => {
    expect(share(scoreExtraction(graphOf([]), gold).personPrecision)).toBeUndefined();
  });
});

describe('parseGold', () => {
  it('accepts a gold file and defaults the ambiguous list', () => {
    const { ambiguous, ...rest } = gold;
    expect(parseGold(rest, 'gold.json').ambiguous).toEqual([]);
    expect(ambiguous).toEqual(['État']);
  });

  it('names the wrong field', () => {
    expect(() => parseGold({ ...gold, people: [['Vasseur'], []] }, 'news/gold.json')).toThrow(/^news\/gold\.json: people\.1: /);
    expect(() => parseGold({ ...gold, junk: undefined }, 'gold.json')).toThrow(/gold\.json: junk: /);
  });
});
