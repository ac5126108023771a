/**
 * The default corpus end to end: the graph a reader of the five articles should recognise.
 * Builds once (a few seconds) and checks people, organisations, concepts, mentions and the file contract.
 */
import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidencePassages, parseGraphData, type GraphData } from '../../../src/lib/graph/schema';
import { toJson } from '../../../src/lib/pipeline/export/to-json';
import { parseCuration } from '../../../src/lib/pipeline/curation';
import { createSeededRandom } from '../../../src/lib/pipeline/seeded-random';
import { readFileSync } from 'node:fs';
import { buildFrom, mentionTexts, nodeByLabel, readFolder } from '../helpers/corpus';

const CORPUS = 'graph-data/corpus';
let graph: GraphData;
let json: string;

beforeAll(async () => {
  const curation = parseCuration(JSON.parse(readFileSync('graph-data/corpus/curation.json', 'utf8')));
  const result = await buildFrom(readFolder(CORPUS), curation);
  graph = result.graph;
  json = toJson(graph);
});

describe('default corpus: people', () => {
  it.each(['Bertrand Duperrin', 'Michel Serres', 'Nicolas Colin', 'Laurent Davezies', 'Benoît Meyronin', 'Satya Nadella'])(
    '%s is a person',
    (name) => {
      expect(nodeByLabel(graph, name)?.type).toBe('person');
    }
  );

  it('no role, book title or sentence opener is a person', () => {
    const people = graph.nodes.filter((node) => node.type === 'person').map((node) => node.label);
    for (const wrong of ['Professeur', 'Directeur', 'PDG', 'Petite Poucette', 'Alors', 'Pourtant', 'Monsieur']) {
      expect(people).not.toContain(wrong);
    }
  });
});

describe('default corpus: organisations', () => {
  it.each(['Amazon', 'Emakina', 'Microsoft', 'Le Monde', 'Grenoble Ecole de Management', 'McKinsey', 'Harris Interactive'])(
    '%s is an organisation',
    (name) => {
      expect(nodeByLabel(graph, name)?.type).toBe('organization');
    }
  );

  it('places are not organisations', () => {
    const organisations = graph.nodes.filter((node) => node.type === 'organization').map((node) => node.label);
    for (const place of ['France', 'Japon', 'Corée', 'Venise', 'Maroc', 'Inde']) expect(organisations).not.toContain(place);
  });

  it('states that Satya Nadella is PDG de Microsoft', () => {
    const person = nodeByLabel(graph, 'Satya Nadella')!;
    const company = nodeByLabel(graph, 'Microsoft')!;
    const edge = graph.edges.find((e) => e.kind === 'affiliation' && e.source === person.id && e.target === company.id);
    expect(edge?.relation).toMatch(/PDG de/);
    expect(edge?.evidence.length).toBeGreaterThan(0);
  });
});

describe('default corpus: concepts', () => {
  it.each(['expérience client', 'transformation digitale', 'révolution numérique', 'chaîne de valeur', 'design thinking', 'réseaux sociaux'])(
    '%s is a concept',
    (term) => {
      expect(nodeByLabel(graph, term)?.type).toBe('concept');
    }
  );

  it('no filler word, verb reading or fixed expression is a concept', () => {
    const concepts = graph.nodes.filter((node) => node.type === 'concept').map((node) => node.label.toLowerCase());
    for (const filler of ['chose', 'fait', 'cela', 'aujourd’hui', 'manière', 'etc', 'faut', 'savoir', 'chemin', 'contact', 'donne']) {
      expect(concepts).not.toContain(filler);
    }
  });

  it('keeps words every French text uses out of the largest concepts', () => {
    const largest = graph.nodes
      .filter((node) => node.type === 'concept')
      .sort((a, b) => b.importance - a.importance)
      .slice(0, 25)
      .map((node) => node.label);
    for (const generic of ['monde', 'temps', 'besoin', 'moyens', 'conditions', 'dimension']) expect(largest).not.toContain(generic);
    // Words a reader of the five articles would not call one of their concepts: at most four of the 25.
    const vocabulary = ['entreprise', 'entreprises', 'services', 'comportements', 'acteurs', 'technologies', 'web', 'tendance', 'solutions',
      'organisation', 'offres', 'contenus', 'contact', 'dimensions', 'production', 'outils', 'idées', 'fonctions', 'enjeu', 'intégration'];
    const generic = largest.filter((label) => vocabulary.includes(label));
    expect(generic.length, generic.join(', ')).toBeLessThanOrEqual(4);
  });

  it.each(['relation client', 'expérience employé', 'économie d’usage', 'entreprise apprenante', 'modèles économiques', 'cross-canal', 'customer centricity', 'employee centricity'])(
    '%s is a concept the extractor finds by itself',
    (term) => {
      expect(nodeByLabel(graph, term)?.type).toBe('concept');
    }
  );

  it('ranks the articles’ key ideas among its largest concepts, by importance', () => {
    const key = new Set(
      ['expérience client', 'relation client', 'transformation digitale', 'révolution numérique', 'économie d’usage', 'expérience employé', 'cross-canal',
        'réseaux sociaux', 'chaîne de la valeur', 'Design Thinking', 'entreprise apprenante', 'modèles économiques', 'technologies numériques',
        'métiers de service', 'digitalisation des services', 'client', 'collaborateurs']
    );
    const largest = graph.nodes
      .filter((node) => node.type === 'concept')
      .sort((a, b) => b.importance - a.importance)
      .slice(0, 25)
      .map((node) => node.label);
    expect(largest.filter((label) => key.has(label)).length).toBeGreaterThanOrEqual(12);
    expect(Math.max(...graph.nodes.map((node) => node.importance))).toBe(1);
  });

  it('gives readable ids from the labels, and keeps words the lexicon reads two ways apart', () => {
    expect(nodeByLabel(graph, 'expérience employé')!.id).toBe('concept:experience-employe');
    expect(graph.nodes.some((node) => /employer|cor-business/u.test(node.id))).toBe(false);
  });

  it('names every cluster in one to three words taken from its concepts, or a pair of its names', () => {
    const labels = new Set(graph.nodes.map((node) => node.label));
    for (const cluster of graph.clusters) {
      const parts = cluster.label.split(' & ');
      expect(parts.every((part) => labels.has(part)), cluster.label).toBe(true);
      if (parts.length === 1) expect(cluster.label.split(/[\s’']+/u).filter((word) => !/^(de|la|le|l|d|des)$/u.test(word)).length).toBeLessThanOrEqual(3);
    }
    expect(new Set(graph.clusters.map((cluster) => cluster.label)).size).toBe(graph.clusters.length);
  });
});

describe('default corpus: curation', () => {
  it('keeps the terms curation adds, with their mentions, whatever their links', () => {
    const term = nodeByLabel(graph, 'employee centricity');
    expect(term?.type).toBe('concept');
    expect(mentionTexts(graph, term!).map((text) => text.toLowerCase())).toEqual(['employee centricity', 'employee centricity']);
    expect(nodeByLabel(graph, 'Employee')).toBeUndefined();
  });

  it('merges the abbreviated school into its full name', () => {
    const school = nodeByLabel(graph, 'Grenoble Ecole de Management')!;
    expect(school.aliases).toContain('Grenoble E.M');
    expect(graph.nodes.filter((node) => node.label === 'Grenoble E.M')).toHaveLength(0);
  });
});

describe('default corpus: mentions and passages', () => {
  it('every mention slices one of its node’s surface forms out of its passage', () => {
    for (const node of graph.nodes) {
      const forms = new Set([node.label, ...node.aliases].map((form) => form.toLowerCase()));
      for (const text of mentionTexts(graph, node)) expect(forms).toContain(text.toLowerCase());
    }
  });

  it('no mojibake survives in any passage or label', () => {
    const text = graph.passages.map((passage) => passage.text).join('\n') + graph.nodes.map((node) => node.label).join('\n');
    expect(text).not.toMatch(/Ă©|Ăš|Ă |ĂȘ|Ɠ|Ã©|Ã¨|â€™|Ă´|ĂŽ/u);
    expect(text).toContain('métiers');
  });

  it('boilerplate feeds no passage and so no node', () => {
    const text = graph.passages.map((passage) => passage.text).join('\n');
    expect(text).not.toContain('ùre');
    for (const boilerplate of ['Leave a Reply', 'Laisser un commentaire', 'Pingback', 'WordPress.com', 'Retour haut de page', 'Billets similaires']) {
      expect(text).not.toContain(boilerplate);
    }
    expect(nodeByLabel(graph, 'WordPress')).toBeUndefined();
    expect(nodeByLabel(graph, 'Salesforce')).toBeUndefined();
  });

  it('every evidence item of a co-occurrence holds both ends, a run of sentences being one paragraph', () => {
    const mentioned = new Map(graph.nodes.map((node) => [node.id, new Set(node.mentions.map((m) => m.passage))]));
    const passages = new Map(graph.passages.map((p) => [p.id, p]));
    const cooccurrences = graph.edges.filter((e) => e.kind === 'cooccurrence');
    expect(cooccurrences.length).toBeGreaterThan(50);
    for (const edge of cooccurrences) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const item of edge.evidence) {
        const run = evidencePassages(item);
        expect(run.some((id) => mentioned.get(edge.source)!.has(id)) && run.some((id) => mentioned.get(edge.target)!.has(id))).toBe(true);
        expect(new Set(run.map((id) => `${passages.get(id)!.document}#${passages.get(id)!.paragraph}`)).size).toBe(1);
      }
    }
  });
});

describe('default corpus: the graph file', () => {
  it('passes the schema and round-trips through graphology', () => {
    const parsed = parseGraphData(JSON.parse(json));
    const model = Graph.from({
      attributes: {},
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      nodes: parsed.nodes.map(({ id, ...attributes }) => ({ key: id, attributes })),
      edges: parsed.edges.map(({ id, source, target, ...attributes }) => ({ key: id, source, target, attributes }))
    });
    expect(model.order).toBe(parsed.nodes.length);
    expect(model.size).toBe(parsed.edges.length);
  });

  it('has documents with titles, clusters with names and colours', () => {
    expect(graph.documents).toHaveLength(5);
    expect(graph.documents.map((d) => d.title)).toContain('La révolution numérique est d’abord humaine');
    expect(graph.clusters.length).toBeGreaterThanOrEqual(3);
    for (const cluster of graph.clusters) expect(cluster.label.length).toBeGreaterThan(2);
  });

  it('stores a partition scoring at least 0.98 of the modularity graphology’s own Louvain finds on it', () => {
    // The clustering's graph: every link but mentions, parallel ones summed, documents left out.
    const model = new UndirectedGraph();
    for (const node of graph.nodes) if (node.type !== 'document') model.addNode(node.id);
    for (const edge of graph.edges) {
      if (edge.kind === 'mention') continue;
      model.updateEdge(edge.source, edge.target, (attributes) => ({ weight: ((attributes.weight as number) ?? 0) + edge.weight }));
    }
    const peer = Math.max(...[1, 2, 3].map((seed) => louvain.detailed(model, { getEdgeWeight: 'weight', rng: createSeededRandom(seed) }).modularity));
    expect(graph.meta.modularity).toBeGreaterThanOrEqual(0.98 * peer);
  });

  it('two builds give identical bytes', async () => {
    const curation = parseCuration(JSON.parse(readFileSync('graph-data/corpus/curation.json', 'utf8')));
    const again = await buildFrom(readFolder(CORPUS), curation);
    expect(toJson(again.graph)).toBe(json);
  });

  it('the committed graph.json is the build of the committed corpus', () => {
    expect(readFileSync('graph-data/graph.json', 'utf8')).toBe(json);
  });
});
