/** The node list's rows and their order: the screen reader's way into the graph, sortable by any column. */
import type { GraphNode } from '../../graph/schema';

export type NodeColumn = 'label' | 'type' | 'group' | 'importance' | 'mentions';
export type SortDirection = 'ascending' | 'descending';

export interface NodeRow {
  id: string;
  label: string;
  type: GraphNode['type'];
  group: string;
  importance: number;
  mentions: number;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Rows sorted by one column; ties fall back to the label, then the id, so the order never depends on the graph
 * file's. Text columns compare as French readers expect (accents and case aside).
 */
export function sortRows(rows: readonly NodeRow[], column: NodeColumn, direction: SortDirection): NodeRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byColumn = (a: NodeRow, b: NodeRow): number => {
    const [x, y] = [a[column], b[column]];
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
  return [...rows].sort((a, b) => sign * byColumn(a, b) || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A header clicked again turns its order round; a new one starts with what one most wants first (numbers: biggest). */
export function nextSort(current: { column: NodeColumn; direction: SortDirection }, column: NodeColumn): { column: NodeColumn; direction: SortDirection } {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'importance' || column === 'mentions' ? 'descending' : 'ascending' };
}
