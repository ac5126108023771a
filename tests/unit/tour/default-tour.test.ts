// The default tour: overview, one step per cluster with its key concepts and actors, then bridges with evidence.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/explorer/i18n/messages';
import { findBridges } from '../../../src/lib/graph/bridges';
import { buildDefaultTour, tidyCaption } from '../../../src/lib/tour/default-tour';
import { evidencePassages } from '../../../src/lib/graph/schema';
import { parseTour } from '../../../src/lib/tour/schema';
import { SAMPLE } from '../explorer/fixture';

const tour = buildDefaultTour(SAMPLE, createTranslator('fr'));

describe('buildDefaultTour', () => {
  it('opens with an overview, then one step per cluster in order', () => {
    expect(tour.steps[0]).toMatchObject({ title: 'Vue d’ensemble', cluster: null, node: null });
    expect(tour.steps.slice(1, 1 + SAMPLE.clusters.length).map((step) => step.cluster)).toEqual(SAMPLE.clusters.map((c) => c.id));
  });

  it('names a cluster’s key concepts and the people and organisations in it', () => {
    const cloud = tour.steps.find((step) => step.title === 'Cloud et IA')!;
    expect(cloud.caption).toMatch(/^Concepts clés : .+\. Personnes et organisations : .*(Amazon|Microsoft|Satya Nadella|Jeff Bezos)/);
  });

  it('ends with bridging nodes, each showing sentences that cite both sides', () => {
    const bridges = tour.steps.filter((step) => step.node !== null);
    expect(bridges.length).toBeGreaterThan(0);
    for (const step of bridges) {
      expect(step.evidence.length).toBeGreaterThan(0);
      const node = SAMPLE.nodes.find((n) => n.id === step.node)!;
      const passages = new Set(node.mentions.map((m) => m.passage));
      // Each item (a sentence, or a paragraph's run of them) mentions the bridging node.
      expect(step.evidence.every((item) => evidencePassages(item).some((p) => passages.has(p)))).toBe(true);
      expect(step.caption).toContain(node.label);
    }
  });

  it('ranks bridges by the number of clusters they touch', () => {
    const sizes = findBridges(SAMPLE).map((bridge) => bridge.clusters.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThanOrEqual(2);
  });

  it('is a valid tour file and speaks English when asked', () => {
    expect(() => parseTour(JSON.parse(JSON.stringify(tour)), SAMPLE)).not.toThrow();
    expect(buildDefaultTour(SAMPLE, createTranslator('en')).steps[0].title).toBe('Overview');
  });
});

describe('captions', () => {
  it.each([
    { input: 'Il relie les groupes a, b, c, ….', expected: 'Il relie les groupes a, b, c, …' },
    { input: 'Chez Éditions de l’Aube S.A..', expected: 'Chez Éditions de l’Aube S.A.' },
    { input: 'Vraiment ? Oui .', expected: 'Vraiment ? Oui.' }
  ])('"$input" → "$expected"', ({ input, expected }) => {
    expect(tidyCaption(input)).toBe(expected);
  });

  it('never prints an empty list for a group without concepts, nor doubled punctuation', () => {
    const names = SAMPLE.nodes.filter((node) => node.type !== 'concept').map((node) => node.id);
    const graph = { ...SAMPLE, clusters: [...SAMPLE.clusters, { id: 'names', label: 'Des noms', color: '#4e79a7', nodes: names }] };
    const captions = buildDefaultTour(graph, createTranslator('fr')).steps.map((step) => step.caption);
    const namesStep = captions[graph.clusters.length];
    expect(namesStep).not.toContain('Concepts clés');
    expect(namesStep).toMatch(/^Personnes et organisations : /);
    for (const caption of captions) {
      expect(caption).not.toMatch(/: ?[.,]/);
      expect(caption).not.toMatch(/[.…]\./);
    }
  });
});
