// A tour step drives the one view state: selection, filters, spotlight and a camera request on its subject.
import { describe, expect, it } from 'vitest';
import { ViewState } from '../../../src/lib/explorer/state/view-state.svelte';
import { applyStep } from '../../../src/lib/tour/apply-step';
import { parseTour } from '../../../src/lib/tour/schema';
import { SAMPLE } from '../explorer/fixture';

const steps = parseTour(
  {
    steps: [
      { caption: 'cloud', cluster: 'c3' },
      { caption: 'nadella', node: 'person:satya-nadella', hide: ['document', 'concept'] },
      { caption: 'fixe', viewport: { x: 10, y: 20, k: 2 } }
    ]
  },
  SAMPLE
).steps;

describe('applyStep', () => {
  it('spotlights a cluster and fits the camera on its visible members', () => {
    const view = new ViewState(SAMPLE);
    view.selectNode('person:bertrand-duperrin');
    applyStep(view, steps[0]);
    const members = SAMPLE.clusters.find((c) => c.id === 'c3')!.nodes;
    expect(view.selection).toBeNull();
    expect([...(view.highlighted ?? [])].sort()).toEqual([...members].sort());
    expect(view.camera).toMatchObject({ kind: 'fitTo', ids: members.filter((id) => view.visibleNodes.has(id)) });
  });

  it('selects a node with the step’s filters, and the next step clears the spotlight', () => {
    const view = new ViewState(SAMPLE);
    applyStep(view, steps[0]);
    applyStep(view, steps[1]);
    expect(view.selectedNode?.label).toBe('Satya Nadella');
    expect(view.hiddenTypes.has('concept')).toBe(true);
    expect(view.spotlight).toBeNull();
    const camera = view.camera!;
    expect(camera.kind === 'fitTo' && camera.ids[0]).toBe('person:satya-nadella');
  });

  it('takes a fixed viewport as is', () => {
    const view = new ViewState(SAMPLE);
    applyStep(view, steps[2]);
    expect(view.viewport).toEqual({ x: 10, y: 20, k: 2 });
    expect(view.camera?.kind).toBe('viewport');
  });
});
