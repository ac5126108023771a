/**
 * Inputs far larger than the default corpus in one dimension: no stage may spread such an array into a call
 * (`push(...x)`, `Math.max(...x)`), which overflows the call stack at about 120,000 items.
 */
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../../src/lib/pipeline/curation';
import { buildFrom, sourceFile } from '../helpers/corpus';

const COUNT = 125_000;

describe('large inputs', () => {
  it('builds a corpus where one surname is mentioned 125,000 times, all on its person', async () => {
    const text = `Note\n\nJean Dupont dirige Acme.\n\n${'Dupont parle. '.repeat(COUNT)}\n`;
    const { graph } = await buildFrom([sourceFile('a.txt', text)]);
    const person = graph.nodes.find((node) => node.label === 'Jean Dupont');
    expect(person?.frequency).toBe(COUNT + 1);
  }, 120_000);

  it('builds with a curation of 125,000 entries, each stale one a warning', async () => {
    const curation = parseCuration({ drop: Array.from({ length: COUNT }, (_, i) => `absent ${i}`) });
    const { graph, warnings } = await buildFrom([sourceFile('a.txt', 'Note\n\nLa transformation digitale change l’expérience client.\n')], curation);
    expect(graph.documents).toHaveLength(1);
    expect(warnings.filter((warning) => warning.message.endsWith('names no node'))).toHaveLength(COUNT);
  }, 120_000);
});
