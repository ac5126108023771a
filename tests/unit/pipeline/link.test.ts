import { describe, it, expect } from 'vitest';
import { conceptBudget, link, LINK_DEFAULTS } from '../../../src/lib/pipeline/link';
import { computeNpmi } from '../../../src/lib/pipeline/link/association';
import type { ExtractedNode, LinkedEdge, Sentence, StatedRelation } from '../../../src/lib/pipeline/types';
import type { NodeType } from '../../../src/lib/graph/schema';

/** Documents as paragraphs of sentences; ids follow the pipeline's `${document}/${index}` convention. */
function makeSentences(documents: Record<string, string[][]>): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [document, paragraphs] of Object.entries(documents)) {
    let index = 0;
    let offset = 0;
    paragraphs.forEach((paragraph, p) => {
      for (const text of paragraph) {
        sentences.push({ id: `${document}/${index++}`, document, paragraph: p, start: offset, text, tokens: [] });
        offset += text.length + 1;
      }
    });
  }
  return sentences;
}

/** A node mentioned wherever one of its surfaces occurs as a whole word (case-sensitive, accents kept). */
function makeNode(id: string, surfaces: string[], sentences: Sentence[], salience = 1): ExtractedNode {
  const type = id.split(':')[0] as NodeType;
  const mentions = sentences.flatMap((sentence) =>
    surfaces.flatMap((surface) =>
      [...sentence.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${surface}(?![\\p{L}\\p{N}])`, 'gu'))].map((match) => ({
        passage: sentence.id,
        start: match.index!,
        end: match.index! + surface.length,
        surface
      }))
    )
  );
  return { id, label: surfaces[0], type, aliases: surfaces.slice(1), mentions, typeConfidence: 1, salience };
}

function makeDocument(id: string): ExtractedNode {
  return { id: `doc:${id}`, label: id, type: 'document', aliases: [], mentions: [], typeConfidence: 1, salience: 0 };
}

function findEdge(edges: LinkedEdge[], kind: string, a: string, b: string): LinkedEdge | undefined {
  return edges.find(
    (edge) => edge.kind === kind && ((edge.source === a && edge.target === b) || (edge.source === b && edge.target === a))
  );
}

const ENERGY = makeSentences({
  a: [
    ["L’énergie solaire progresse en France.", 'Le vent souffle sur la côte.'],
    ['Les panneaux et l’énergie solaire se développent.', 'La mer est calme.'],
    ['Le nucléaire reste dominant.', 'La météo change.']
  ],
  b: [['Cette entreprise vend de l’énergie solaire.', 'Un jour sans nuages.']]
});

describe('link: co-occurrence', () => {
  it('links two terms that share sentences, with those sentences as evidence, shortest first', () => {
    const nodes = [makeNode('concept:energie', ['énergie'], ENERGY), makeNode('concept:solaire', ['solaire'], ENERGY)];
    const { edges } = link(nodes, ENERGY, []);
    const edge = findEdge(edges, 'cooccurrence', 'concept:energie', 'concept:solaire');
    expect(edge).toMatchObject({ source: 'concept:energie', target: 'concept:solaire', relation: null });
    expect([...edge!.evidence].sort()).toEqual(['a/0', 'a/2', 'b/0']);
    const lengths = edge!.evidence.map((id) => ENERGY.find((sentence) => sentence.id === id)!.text.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(edge!.weight).toBeGreaterThan(0);
  });

  it('links terms in the same paragraph but different sentences more weakly, each run from one end to the other as one item', () => {
    const sentences = makeSentences({
      a: [
        ['La fidélité se gagne.', 'Le service client répond vite.', 'Rien à voir.'],
        ['Autre sujet.', 'Encore autre chose.'],
        ['La fidélité compte.', 'Il pleut.', 'Le service client écoute.']
      ],
      b: [
        ['La relation client se construit.', 'Le marketing aide la relation client.'],
        ['Le marketing et la relation client avancent.', 'La pluie tombe.', 'Encore la pluie.']
      ]
    });
    const nodes = [
      makeNode('concept:fidelite', ['fidélité'], sentences),
      makeNode('concept:service-client', ['service client'], sentences),
      makeNode('concept:marketing', ['marketing'], sentences),
      makeNode('concept:relation-client', ['relation client'], sentences)
    ];
    const { edges } = link(nodes, sentences, []);
    const paragraphOnly = findEdge(edges, 'cooccurrence', 'concept:fidelite', 'concept:service-client');
    const sameSentence = findEdge(edges, 'cooccurrence', 'concept:marketing', 'concept:relation-client');
    expect(paragraphOnly?.evidence).toEqual([['a/0', 'a/1'], ['a/5', 'a/6', 'a/7']]);
    // Paragraph b/0–b/1 already has a same-sentence meeting, so b/0 is not added by the paragraph window.
    expect(sameSentence?.evidence).toEqual(['b/1', 'b/2']);
    expect(paragraphOnly!.weight).toBeLessThan(sameSentence!.weight);
  });

  it('does not count a term nested in another (« client » in « expérience client ») as a co-occurrence', () => {
    const sentences = makeSentences({
      a: [['L’expérience client compte.'], ['Une expérience client réussie.'], ['Le soleil brille.']]
    });
    const nodes = [
      makeNode('concept:experience-client', ['expérience client'], sentences),
      makeNode('concept:client', ['client'], sentences)
    ];
    const { edges, nodes: kept } = link(nodes, sentences, []);
    expect(edges).toEqual([]);
    // Unlinked, yet both stay: a concept is never dropped only for lack of co-occurrence partners.
    expect(kept.map((node) => node.id)).toEqual(['concept:client', 'concept:experience-client']);
  });

  it('gives a term present in every sentence no strong links, even with the association threshold off', () => {
    const sentences = makeSentences({
      a: [
        ['L’entreprise investit dans l’énergie solaire et les panneaux.', 'L’entreprise parle d’énergie solaire.'],
        ['L’entreprise recrute.', 'L’entreprise mise sur l’énergie solaire et les panneaux.'],
        ['L’entreprise et le climat.', 'L’entreprise face au climat.']
      ]
    });
    const nodes = [
      makeNode('concept:entreprise', ['entreprise'], sentences, 10),
      makeNode('concept:energie-solaire', ['énergie solaire'], sentences),
      makeNode('concept:climat', ['climat'], sentences),
      makeNode('concept:panneaux', ['panneaux'], sentences)
    ];
    const withDefaults = link(nodes, sentences, []);
    expect(withDefaults.edges.some((edge) => edge.source === 'concept:entreprise' || edge.target === 'concept:entreprise')).toBe(false);

    const unfiltered = link(nodes, sentences, [], { minAssociation: -1 });
    const strongest = [...unfiltered.edges].sort((a, b) => b.weight - a.weight)[0];
    expect([strongest.source, strongest.target]).not.toContain('concept:entreprise');
    for (const edge of unfiltered.edges) {
      if (edge.source === 'concept:entreprise' || edge.target === 'concept:entreprise') expect(edge.weight).toBeLessThanOrEqual(0);
    }
  });

  it.each([
    { name: 'a concept with no stronger link keeps the one sentence that puts it beside another', options: {}, linked: true },
    { name: 'a minimum of one lets it through', options: { minCooccurrences: 1 }, linked: true }
  ])('$name', ({ options, linked }) => {
    const sentences = makeSentences({ a: [['Le télétravail et la productivité.'], ['Le télétravail.'], ['La productivité.'], ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.']] });
    const nodes = [
      makeNode('concept:teletravail', ['télétravail'], sentences),
      makeNode('concept:productivite', ['productivité'], sentences)
    ];
    const { edges } = link(nodes, sentences, [], options);
    expect(findEdge(edges, 'cooccurrence', 'concept:teletravail', 'concept:productivite') !== undefined).toBe(linked);
  });

  it('one shared sentence does not link two concepts that each have two stronger links', () => {
    const sentences = makeSentences({
      a: [
        ['Le télétravail et la productivité.'],
        ['Le télétravail loin du bureau.', 'Le télétravail depuis le domicile.'],
        ['Le bureau et le télétravail.', 'Le domicile et le télétravail.'],
        ['La productivité et les objectifs.', 'La productivité de l’équipe.'],
        ['Les objectifs et la productivité.', 'L’équipe et sa productivité.'],
        ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.'], ['Autre.']
      ]
    });
    const nodes = ['télétravail', 'productivité', 'bureau', 'domicile', 'objectifs', 'équipe'].map((term) =>
      makeNode(`concept:${term.normalize('NFD').replace(/\p{M}/gu, '')}`, [term], sentences)
    );
    const { edges } = link(nodes, sentences, []);
    expect(findEdge(edges, 'cooccurrence', 'concept:bureau', 'concept:teletravail')).toBeDefined();
    expect(findEdge(edges, 'cooccurrence', 'concept:objectifs', 'concept:productivite')).toBeDefined();
    expect(findEdge(edges, 'cooccurrence', 'concept:productivite', 'concept:teletravail')).toBeUndefined();
  });
});

describe('link: pruning', () => {
  // A–B and C–D meet three times, A–C twice in sentences of their own: with topK 1, A keeps B and C keeps D.
  const sentences = makeSentences({
    a: [
      ['alpha bêta'], ['alpha bêta'], ['alpha bêta'],
      ['gamma delta'], ['gamma delta'], ['gamma delta'],
      ['alpha gamma'], ['alpha gamma'],
      ...Array.from({ length: 12 }, () => ['vide'])
    ]
  });
  const nodes = [
    makeNode('concept:alpha', ['alpha'], sentences, 4),
    makeNode('concept:beta', ['bêta'], sentences, 3),
    makeNode('concept:gamma', ['gamma'], sentences, 2),
    makeNode('concept:delta', ['delta'], sentences, 1)
  ];
  const pairs = (edges: LinkedEdge[]) => edges.filter((edge) => edge.kind === 'cooccurrence').map((edge) => `${edge.source} ${edge.target}`);

  it.each([
    { topK: 8, expected: ['concept:alpha concept:beta', 'concept:alpha concept:gamma', 'concept:delta concept:gamma'] },
    { topK: 1, expected: ['concept:alpha concept:beta', 'concept:delta concept:gamma'] }
  ])('keeps an edge only if it is among the $topK strongest of either end', ({ topK, expected }) => {
    expect(pairs(link(nodes, sentences, [], { topK }).edges)).toEqual(expected);
  });

  it('caps concepts by salience, whether they have links or not', () => {
    const result = link(nodes, sentences, [], { maxConcepts: 2 });
    expect(result.nodes.map((node) => node.id)).toEqual(['concept:alpha', 'concept:beta']);
    expect(pairs(result.edges)).toEqual(['concept:alpha concept:beta']);
  });

  it('keeps every person and organisation, linked or not, and never caps them', () => {
    const people = makeSentences({
      a: [['Marie Dupont dirige Énergie Verte.'], ['Marie Dupont parle.'], ['Énergie Verte recrute.'], ['alpha bêta'], ['alpha bêta']]
    });
    const all = [
      makeNode('person:marie-dupont', ['Marie Dupont'], people),
      makeNode('organization:energie-verte', ['Énergie Verte'], people),
      makeNode('person:jean-martin', ['Jean Martin'], people),
      makeNode('concept:alpha', ['alpha'], people),
      makeNode('concept:beta', ['bêta'], people)
    ];
    const relations: StatedRelation[] = [
      { source: 'person:marie-dupont', target: 'organization:energie-verte', kind: 'affiliation', relation: 'dirige', evidence: ['a/0'] }
    ];
    const ids = link(all, people, relations, { maxConcepts: 0 }).nodes.map((node) => node.id);
    expect(ids).toEqual(['organization:energie-verte', 'person:jean-martin', 'person:marie-dupont']);
  });
});

describe('link: stated relations and mentions', () => {
  const sentences = makeSentences({
    'art-1': [['Marie Dupont, PDG de Énergie Verte, parle du solaire.', 'Le solaire et Énergie Verte.'], ['Marie Dupont dirige Énergie Verte.']],
    'art-2': [['Énergie Verte investit dans le solaire.'], ['Le vent souffle.', 'La mer monte.']]
  });
  const nodes = [
    makeDocument('art-1'),
    makeDocument('art-2'),
    makeNode('person:marie-dupont', ['Marie Dupont'], sentences),
    makeNode('organization:energie-verte', ['Énergie Verte'], sentences),
    makeNode('concept:solaire', ['solaire'], sentences)
  ];
  const relations: StatedRelation[] = [
    { source: 'person:marie-dupont', target: 'organization:energie-verte', kind: 'affiliation', relation: 'PDG de', evidence: ['art-1/0'] },
    { source: 'person:marie-dupont', target: 'organization:energie-verte', kind: 'affiliation', relation: 'dirige', evidence: ['art-1/2'] },
    { source: 'doc:art-1', target: 'person:marie-dupont', kind: 'authorship', relation: 'auteur', evidence: [] }
  ];
  const result = link(nodes, sentences, relations, { minCooccurrences: 1 });

  it('merges relations stated twice into one edge, weight growing with the evidence', () => {
    const edge = result.edges.find((item) => item.kind === 'affiliation');
    expect(edge).toEqual({
      source: 'person:marie-dupont',
      target: 'organization:energie-verte',
      kind: 'affiliation',
      weight: 3,
      relation: 'PDG de ; dirige',
      evidence: ['art-1/0', 'art-1/2']
    });
  });

  it('keeps a stated relation and a co-occurrence between the same pair as separate edges', () => {
    expect(findEdge(result.edges, 'cooccurrence', 'person:marie-dupont', 'organization:energie-verte')).toBeDefined();
    expect(findEdge(result.edges, 'authorship', 'doc:art-1', 'person:marie-dupont')?.weight).toBe(1);
  });

  it.each([
    { document: 'doc:art-1', node: 'organization:energie-verte', weight: 3, evidence: ['art-1/0', 'art-1/1', 'art-1/2'] },
    { document: 'doc:art-2', node: 'organization:energie-verte', weight: 1, evidence: ['art-2/0'] },
    { document: 'doc:art-1', node: 'concept:solaire', weight: 2, evidence: ['art-1/0', 'art-1/1'] }
  ])('links $document to $node by its mentions', ({ document, node, weight, evidence }) => {
    expect(result.edges.find((edge) => edge.kind === 'mention' && edge.source === document && edge.target === node)).toMatchObject({
      weight,
      evidence,
      relation: null
    });
  });

  it('returns nodes and edges sorted by id, with unique edge ids', () => {
    const nodeIds = result.nodes.map((node) => node.id);
    expect(nodeIds).toEqual([...nodeIds].sort());
    const edgeIds = result.edges.map((edge) => `${edge.kind}:${edge.source}->${edge.target}`);
    expect(edgeIds).toEqual([...edgeIds].sort());
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    for (const edge of result.edges.filter((item) => item.kind === 'cooccurrence')) expect(edge.source < edge.target).toBe(true);
  });

  it('gives the same output whatever the order of its input', () => {
    const again = link([...nodes].reverse(), sentences, [...relations].reverse(), { minCooccurrences: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});

describe('link: errors', () => {
  it.each([
    {
      name: 'a mention in an unknown sentence',
      nodes: [{ ...makeDocument('x'), id: 'concept:x', type: 'concept' as const, mentions: [{ passage: 'nulle-part/0', start: 0, end: 1, surface: 'x' }] }],
      relations: [],
      options: {},
      message: 'link: node "concept:x" has a mention in unknown sentence "nulle-part/0"'
    },
    {
      name: 'a relation to an unknown node',
      nodes: [],
      relations: [{ source: 'person:inconnu', target: 'organization:x', kind: 'affiliation' as const, relation: 'chez', evidence: [] }],
      options: {},
      message: 'link: relations[0] names unknown node "person:inconnu"'
    },
    { name: 'a bad option', nodes: [], relations: [], options: { topK: 0 }, message: 'link: option topK must be a positive integer, got 0' }
  ])('names the culprit for $name', ({ nodes, relations, options, message }) => {
    expect(() => link(nodes, ENERGY, relations, options)).toThrow(message);
  });
});

describe('computeNpmi', () => {
  it.each([
    { name: 'always together', args: [5, 5, 5, 100], expected: 1 },
    { name: 'independent', args: [1, 10, 10, 100], expected: 0 },
    { name: 'never together', args: [0, 10, 10, 100], expected: -1 },
    { name: 'one term everywhere', args: [10, 100, 10, 100], expected: 0 },
    { name: 'both everywhere', args: [100, 100, 100, 100], expected: 0 }
  ])('$name → $expected', ({ args, expected }) => {
    const [joint, a, b, total] = args;
    expect(computeNpmi(joint, a, b, total)).toBeCloseTo(expected, 10);
  });
});

describe('LINK_DEFAULTS', () => {
  it('documents the thresholds the task asks for', () => {
    expect(LINK_DEFAULTS).toEqual({ paragraphWeight: 0.3, minCooccurrences: 2, minAssociation: 0.1, topK: 8, maxConcepts: null });
  });

  it.each([
    { characters: 1_000, expected: 40 },
    { characters: 14_000, expected: 76 },
    { characters: 50_000, expected: 126 },
    { characters: 50_000_000, expected: 400 }
  ])('gives a corpus of $characters characters $expected concepts', ({ characters, expected }) => {
    expect(conceptBudget(characters)).toBe(expected);
  });
});
