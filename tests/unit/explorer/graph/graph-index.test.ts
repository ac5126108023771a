import { describe, expect, it } from 'vitest';
import { buildGraphIndex, groupMentionsByDocument, passageContext } from '../../../../src/lib/explorer/graph/graph-index';
import { SAMPLE } from '../fixture';

const index = buildGraphIndex(SAMPLE);

describe('buildGraphIndex', () => {
  it('orders neighbours strongest link first', () => {
    for (const list of index.neighbours.values()) {
      const weights = list.map((n) => n.edge.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
  });

  it('indexes mentions by passage with offsets that slice the surface form', () => {
    const mentions = index.mentionsByPassage.get('001_microsoft/0')!;
    const passage = index.passages.get('001_microsoft/0')!;
    const surfaces = mentions.map((m) => passage.text.slice(m.start, m.end));
    expect(surfaces).toContain('Satya Nadella');
    expect(surfaces).toContain('Microsoft');
  });

  it('groups a node’s passages by document in corpus order', () => {
    const groups = groupMentionsByDocument(index, index.nodes.get('concept:experience-client')!);
    expect(groups.map((g) => g.document.id)).toEqual(['000_manifeste', '001_microsoft', '002_amazon']);
    expect(groups[0].passages[0].text).toMatch(/^Il n’y aura pas d’expérience client/);
  });

  it('gives the neighbouring sentences of the same paragraph as context', () => {
    const first = passageContext(index, index.passages.get('000_manifeste/0')!);
    expect(first.before).toBeNull();
    expect(first.after?.text).toMatch(/^Bertrand Duperrin/);
    const lastOfParagraph = passageContext(index, index.passages.get('000_manifeste/1')!);
    expect(lastOfParagraph.after).toBeNull();
  });
});
