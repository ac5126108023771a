import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type NodeRow } from '../../../../src/lib/explorer/graph/node-table';

const row = (id: string, label: string, importance: number, mentions: number, group = 'g', type: NodeRow['type'] = 'concept'): NodeRow => ({ id, label, type, group, importance, mentions });
const rows = [row('a', 'économie', 0.2, 3, 'Zèbre'), row('b', 'Amazon', 0.9, 1, 'alpha', 'organization'), row('c', 'client', 0.5, 3, 'Beta')];

describe('sortRows', () => {
  it('sorts labels as French readers expect, accents and case aside', () => {
    expect(sortRows(rows, 'label', 'ascending').map((r) => r.label)).toEqual(['Amazon', 'client', 'économie']);
    expect(sortRows(rows, 'label', 'descending').map((r) => r.label)).toEqual(['économie', 'client', 'Amazon']);
  });

  it('sorts numbers as numbers, ties by label', () => {
    expect(sortRows(rows, 'importance', 'descending').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'mentions', 'descending').map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('sorts groups and types as text', () => {
    expect(sortRows(rows, 'group', 'ascending').map((r) => r.group)).toEqual(['alpha', 'Beta', 'Zèbre']);
    expect(sortRows(rows, 'type', 'ascending')[2].type).toBe('organization');
  });

  it('leaves its input as it was', () => {
    const copy = [...rows];
    sortRows(rows, 'importance', 'ascending');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('turns the order round on the same column, starts numbers biggest first', () => {
    expect(nextSort({ column: 'label', direction: 'ascending' }, 'label')).toEqual({ column: 'label', direction: 'descending' });
    expect(nextSort({ column: 'label', direction: 'ascending' }, 'mentions')).toEqual({ column: 'mentions', direction: 'descending' });
    expect(nextSort({ column: 'mentions', direction: 'descending' }, 'group')).toEqual({ column: 'group', direction: 'ascending' });
  });
});
