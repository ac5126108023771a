import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../../src/lib/graph/schema';
import { curateClusters, parseCuration } from '../../../../src/lib/pipeline/curation';
import type { ExtractedNode } from '../../../../src/lib/pipeline/types';

const node = (id: string, label: string, aliases: string[] = []): ExtractedNode => ({
  id,
  label,
  type: 'concept',
  aliases,
  mentions: [],
  typeConfidence: 1,
  salience: 1
});

const nodes = [node('concept:experience-client', 'expérience client'), node('concept:relation-client', 'relation client', ['relations clients']), node('concept:robots', 'robots'), node('concept:seul', 'seul')];
const clusters: Cluster[] = [
  { id: 'c0', label: 'expérience client', color: '#4e79a7', nodes: ['concept:experience-client', 'concept:relation-client'] },
  { id: 'c1', label: 'robots', color: '#f28e2c', nodes: ['concept:robots'] }
];
const assignment = new Map<string, string | null>([
  ['concept:experience-client', 'c0'],
  ['concept:relation-client', 'c0'],
  ['concept:robots', 'c1'],
  ['concept:seul', null]
]);

describe('curateClusters', () => {
  it('names and colours the group of the member it is given, by label, alias or id, and leaves the others', () => {
    const curation = parseCuration({ clusters: [{ member: 'Relations Clients', name: 'Relation client' }, { member: 'concept:robots', color: '#AA0000' }] }, 'curation.json');
    const { clusters: curated, warnings } = curateClusters(clusters, assignment, nodes, curation);
    expect(warnings).toEqual([]);
    expect(curated.map(({ id, label, color }) => ({ id, label, color }))).toEqual([
      { id: 'c0', label: 'Relation client', color: '#4e79a7' },
      { id: 'c1', label: 'robots', color: '#aa0000' }
    ]);
    expect(clusters[0].label).toBe('expérience client');
  });

  it('warns, naming the entry, when the member is unknown, in no group, or its group was already curated', () => {
    const curation = parseCuration(
      { clusters: [{ member: 'nulle part', name: 'x' }, { member: 'seul', name: 'y' }, { member: 'expérience client', name: 'a' }, { member: 'relation client', name: 'b' }] },
      'curation.json'
    );
    const { clusters: curated, warnings } = curateClusters(clusters, assignment, nodes, curation, 'corpus/curation.json');
    expect(warnings.map((warning) => warning.message)).toEqual([
      'clusters[0].member "nulle part" names no node; group left as built',
      'clusters[1].member "seul" is in no group; nothing to name or colour',
      'clusters[3].member "relation client" is in the same group as clusters[2].member; the later entry wins'
    ]);
    expect(warnings.every((warning) => warning.source === 'corpus/curation.json')).toBe(true);
    expect(curated[0].label).toBe('b');
  });

  it('is checked by the curation schema: a colour must be #rrggbb, a member is required', () => {
    expect(() => parseCuration({ clusters: [{ member: 'robots', color: 'red' }] }, 'curation.json')).toThrow(/clusters\[0\]\.color must be a colour written #rrggbb/);
    expect(() => parseCuration({ clusters: [{ name: 'robots' }] }, 'curation.json')).toThrow(/clusters\[0\]\.member is required/);
  });
});

describe('a curated group through the whole pipeline', () => {
  it('shows the name and colour given for the group of "économie circulaire"', async () => {
    const { buildFrom, nodeByLabel } = await import('../../helpers/corpus');
    const { ownTextFiles } = await import('../../../fixtures/own-texts');
    const curation = parseCuration({ clusters: [{ member: 'économie circulaire', name: 'Cercle vertueux', color: '#123456' }] }, 'curation.json');
    const text = (await ownTextFiles()).filter((file) => file.name.endsWith('.txt'));
    const { graph, warnings } = await buildFrom(text, curation);
    expect(warnings).toEqual([]);
    const group = graph.clusters.find((cluster) => cluster.id === nodeByLabel(graph, 'économie circulaire')?.cluster);
    expect(group).toMatchObject({ label: 'Cercle vertueux', color: '#123456' });
  });
});
