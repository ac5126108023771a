import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/lib/pipeline/extract';
import { segment } from '../../../../src/lib/pipeline/segment';
import type { ExtractedNode, IngestedDocument } from '../../../../src/lib/pipeline/types';
import { createSmallLexicon, SMALL_FILLER_NOUNS } from '../../../fixtures/small-lexicon';

function documentOf(text: string, id = 'a'): IngestedDocument {
  return { id, file: `${id}.txt`, title: 'Titre', author: null, url: null, date: null, language: 'fr', text };
}

function run(text: string, options: Parameters<typeof extract>[3] = {}) {
  const documents = [documentOf(text)];
  const sentences = segment(documents);
  const result = extract(documents, sentences, createSmallLexicon(), { fillerNouns: SMALL_FILLER_NOUNS, ...options });
  const surfaces = (node: ExtractedNode) =>
    node.mentions.map((m) => sentences.find((s) => s.id === m.passage)!.text.slice(m.start, m.end));
  return { ...result, sentences, surfaces };
}

function find(nodes: ExtractedNode[], label: string): ExtractedNode | undefined {
  return nodes.find((node) => node.label === label || node.aliases.includes(label));
}

describe('extract: concepts', () => {
  it('merges singular/plural, case and elision variants of a term under its most common form', () => {
    const { nodes, surfaces } = run(
      'L’expérience client change. Les expériences clients changent. Une expérience client réussie. Expérience client encore.'
    );
    const concept = find(nodes, 'expérience client');
    expect(concept?.type).toBe('concept');
    expect(concept?.label).toBe('expérience client');
    expect(concept?.aliases).toContain('expériences clients');
    expect(surfaces(concept!)).toEqual(['expérience client', 'expériences clients', 'expérience client', 'Expérience client']);
  });

  it('groups réseaux sociaux with réseau social, and chaîne de la valeur with chaîne de valeur', () => {
    const { nodes } = run(
      'Les réseaux sociaux changent. Un réseau social change. La chaîne de valeur bouge. La chaîne de la valeur bouge.'
    );
    expect(find(nodes, 'réseaux sociaux')?.id).toBe(find(nodes, 'réseau social')?.id);
    expect(find(nodes, 'chaîne de valeur')?.id).toBe(find(nodes, 'chaîne de la valeur')?.id);
  });

  it('keeps a "de" complement in the term: économie d’usage', () => {
    const { nodes, surfaces } = run('L’économie d’usage arrive. Cette économie d’usage change tout.');
    const concept = find(nodes, 'économie d’usage');
    expect(concept).toBeDefined();
    expect(surfaces(concept!)).toEqual(['économie d’usage', 'économie d’usage']);
  });

  it('never makes a concept of filler nouns or stopwords', () => {
    const { nodes } = run('La chose est là. Une chose de plus. La manière compte. Cela et cela, etc. Une chose, une manière.');
    expect(nodes.filter((node) => node.type === 'concept').map((node) => node.label)).toEqual([]);
  });

  it('gives each mention to one concept: the longest kept term', () => {
    const { nodes } = run(
      'La transformation digitale est là. Une transformation digitale, enfin. La transformation, encore. Une transformation ! Cette transformation.'
    );
    const term = find(nodes, 'transformation digitale')!;
    const word = find(nodes, 'transformation')!;
    expect(term.mentions).toHaveLength(2);
    expect(word.mentions).toHaveLength(3);
  });

  it('keeps words curation excludes out of every concept', () => {
    const text = 'L’expérience client change. L’expérience client gagne. Le client parle. Le client crée. Le client dirige.';
    const { nodes } = run(text, { excluded: ['client'] });
    expect(nodes.some((node) => node.type === 'concept' && /client/i.test(node.label))).toBe(false);
  });
});

describe('extract: people and organisations', () => {
  const cases: { text: string; label: string; type: 'person' | 'organization' | null }[] = [
    { text: 'Selon Nicolas Colin, tout change.', label: 'Nicolas Colin', type: 'person' },
    { text: 'Il travaille chez Emakina depuis un an.', label: 'Emakina', type: 'organization' },
    { text: 'Il cite le quotidien Le Monde du mardi.', label: 'Le Monde', type: 'organization' },
    { text: 'Elle enseigne à l’Université Grenoble 3 depuis dix ans.', label: 'Université Grenoble 3', type: 'organization' },
    { text: 'On en parle, explique M. Durand aux clients.', label: 'Durand', type: 'person' },
    { text: 'Pour cela, Lambert explique que tout change.', label: 'Lambert', type: 'person' },
    { text: 'Le séjour à Venise pour les vacances.', label: 'Venise', type: null },
    { text: 'L’optimisme de Michel dans Petite Poucette devrait nous plaire.', label: 'Petite Poucette', type: null },
    { text: 'Pourtant le monde change.', label: 'Pourtant', type: null }
  ];
  it.each(cases)('$label in "$text" → $type', ({ text, label, type }) => {
    const { nodes } = run(text);
    const node = nodes.find((n) => n.label === label);
    if (type === null) expect(node?.type === 'person' || node?.type === 'organization').toBeFalsy();
    else expect(node?.type).toBe(type);
  });

  it('a role is not a person: "Professeur" stays out of the name', () => {
    const { nodes } = run('Pour reprendre Claire Dubois, Professeur à l’Université Grenoble 3.');
    expect(find(nodes, 'Claire Dubois')?.type).toBe('person');
    expect(nodes.some((node) => /Professeur/.test(node.label))).toBe(false);
  });

  it('joins a bare surname and a first name to the full name given elsewhere in the article', () => {
    const { nodes, surfaces } = run('Bertrand Duperrin parle. Pour Duperrin, tout change. Merci Bertrand pour cela.');
    const person = find(nodes, 'Bertrand Duperrin')!;
    expect(person.type).toBe('person');
    expect(surfaces(person)).toEqual(['Bertrand Duperrin', 'Duperrin', 'Bertrand']);
    expect(nodes.filter((node) => node.type === 'person' || node.type === 'organization')).toHaveLength(1);
  });

  it('merges spellings that differ only in case, hyphens and apostrophes', () => {
    const { nodes } = run('Il loue un Vélib’ chez Vélib. Ils vendent chez e-Bay et chez eBay.');
    const velib = nodes.filter((node) => /v[ée]lib/i.test(node.label));
    const ebay = nodes.filter((node) => /e-?bay/i.test(node.label));
    expect(velib).toHaveLength(1);
    expect(ebay).toHaveLength(1);
  });

  it('reads a stated person–organisation relation from the role between them', () => {
    const { relations, nodes } = run('Il cite Claire Dubois, directrice de la société Axone, sur ce point.');
    const person = find(nodes, 'Claire Dubois')!;
    const organization = find(nodes, 'Axone')!;
    expect(relations).toContainEqual(
      expect.objectContaining({ source: person.id, target: organization.id, kind: 'affiliation', relation: 'directrice de' })
    );
  });
});

describe('extract: documents', () => {
  it('makes a document node per document and an authorship relation to its author', () => {
    const documents = [{ ...documentOf('Marc Durand écrit ceci. Le monde change.'), author: 'Marc Durand' }];
    const sentences = segment(documents);
    const { nodes, relations } = extract(documents, sentences, createSmallLexicon(), { fillerNouns: SMALL_FILLER_NOUNS });
    expect(nodes.find((node) => node.id === 'doc:a')?.type).toBe('document');
    const author = find(nodes, 'Marc Durand')!;
    expect(relations).toContainEqual(expect.objectContaining({ source: 'doc:a', target: author.id, kind: 'authorship' }));
  });
});
