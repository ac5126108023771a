import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../../src/lib/explorer/graph/graph-index';
import { computeVisibility, DEFAULT_FILTERS, NO_FILTERS, type Filters } from '../../../../src/lib/explorer/graph/visibility';
import type { GraphData } from '../../../../src/lib/graph/schema';
import { SAMPLE } from '../fixture';

const index = buildGraphIndex(SAMPLE);
const labels = (ids: Set<string>) => [...ids].map((id) => index.nodes.get(id)!.label).sort((a, b) => a.localeCompare(b, 'fr'));
const filters = (overrides: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...overrides });

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const visible = computeVisibility(index, NO_FILTERS, null);
    expect(visible.nodes.size).toBe(SAMPLE.nodes.length);
    expect(visible.edges).toHaveLength(SAMPLE.edges.length);
  });

  it.each([
    { name: 'people hidden', overrides: { hiddenTypes: new Set(['person'] as const) }, absent: 'Satya Nadella', present: 'Microsoft' },
    { name: 'organisations hidden', overrides: { hiddenTypes: new Set(['organization'] as const) }, absent: 'Emakina', present: 'Bertrand Duperrin' },
    { name: 'cluster "Cloud et IA" hidden', overrides: { hiddenClusters: new Set(['c3']) }, absent: 'intelligence artificielle', present: 'expérience client' },
    { name: 'minimum importance', overrides: { minImportance: 0.6 }, absent: 'silos', present: 'données' }
  ])('with $name', ({ overrides, absent, present }) => {
    const visible = computeVisibility(index, filters(overrides), null);
    expect(labels(visible.nodes)).not.toContain(absent);
    expect(labels(visible.nodes)).toContain(present);
    for (const edge of visible.edges) {
      expect(visible.nodes.has(edge.source) && visible.nodes.has(edge.target)).toBe(true);
    }
  });

  it('drops weak links but keeps their nodes', () => {
    const visible = computeVisibility(index, filters({ minWeight: 1 }), null);
    expect(visible.nodes.size).toBe(SAMPLE.nodes.length);
    expect(visible.edges.every((edge) => edge.weight >= 1)).toBe(true);
    expect(visible.edges.length).toBeLessThan(SAMPLE.edges.length);
  });

  it('focus on one hop shows the node and its direct neighbours only', () => {
    const visible = computeVisibility(index, NO_FILTERS, { node: 'person:satya-nadella', hops: 1 });
    const expected = ['person:satya-nadella', ...index.neighbours.get('person:satya-nadella')!.map((n) => n.node.id)];
    expect([...visible.nodes].sort()).toEqual(expected.sort());
  });

  it('two hops reach further than one', () => {
    const one = computeVisibility(index, NO_FILTERS, { node: 'organization:emakina', hops: 1 });
    const two = computeVisibility(index, NO_FILTERS, { node: 'organization:emakina', hops: 2 });
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    for (const id of one.nodes) expect(two.nodes.has(id)).toBe(true);
  });

  it('focus still honours type filters', () => {
    const visible = computeVisibility(index, filters({ hiddenTypes: new Set(['organization']) }), { node: 'person:satya-nadella', hops: 1 });
    expect(labels(visible.nodes)).not.toContain('Microsoft');
  });

  it('hides documents and every mention link by default, and shows them on request', () => {
    const document = { ...SAMPLE.nodes[0], id: 'doc:amazon', label: 'Amazon, l’obsession du client', type: 'document' as const, cluster: null };
    const mentions = SAMPLE.nodes.slice(0, 5).map((node) => ({
      id: `mention:${node.id}`, source: document.id, target: node.id, kind: 'mention' as const, weight: 3, relation: null, evidence: []
    }));
    const withDocuments = buildGraphIndex({ ...SAMPLE, nodes: [...SAMPLE.nodes, document], edges: [...SAMPLE.edges, ...mentions] } satisfies GraphData);
    const hidden = computeVisibility(withDocuments, DEFAULT_FILTERS, null);
    expect(hidden.nodes.has(document.id)).toBe(false);
    expect(hidden.edges.some((edge) => edge.kind === 'mention')).toBe(false);
    const shown = computeVisibility(withDocuments, NO_FILTERS, null);
    expect(shown.nodes.has(document.id)).toBe(true);
    expect(shown.edges.filter((edge) => edge.kind === 'mention')).toHaveLength(mentions.length);
  });
});
