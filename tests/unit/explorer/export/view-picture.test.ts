// Exports read the SVG renderer: they are offered up to the canvas threshold and withheld beyond it.
import { describe, expect, it } from 'vitest';
import { CANVAS_THRESHOLD } from '../../../../src/lib/explorer/graph/render-model';
import { canExportView } from '../../../../src/lib/explorer/export/view-picture';
import { ViewState } from '../../../../src/lib/explorer/state/view-state.svelte';
import { SAMPLE } from '../fixture';

/** The sample graph with `count` concepts in place of its nodes, and no links. */
function concepts(count: number) {
  const model = SAMPLE.nodes.find((node) => node.type === 'concept')!;
  return { ...SAMPLE, edges: [], nodes: Array.from({ length: count }, (_, i) => ({ ...model, id: `concept:c${i}`, label: `c${i}` })) };
}

describe('canExportView', () => {
  it.each([
    { count: CANVAS_THRESHOLD, expected: true },
    { count: CANVAS_THRESHOLD + 1, expected: false }
  ])('$count visible nodes → $expected', ({ count, expected }) => {
    const view = new ViewState(concepts(count));
    expect(view.visibleNodes.size).toBe(count);
    expect(canExportView(view)).toBe(expected);
  });

  it('is offered again once a focus brings the graph under the threshold', () => {
    const view = new ViewState(concepts(CANVAS_THRESHOLD + 1));
    view.setFocus('concept:c0');
    expect(canExportView(view)).toBe(true);
  });
});
