/**
 * The tour being prepared in the explorer: the current view captured as a step, steps reordered and removed,
 * and written out as a `tour.json` that `parseTour` accepts (draft-store.ts keeps it between visits).
 * A captured step keeps what is selected, focused and filtered but not the camera: the projector's screen is
 * not the laptop's, so the presentation fits each step to its subject instead.
 */
import type { UrlView } from '../explorer/state/url-state';
import { TOUR_VERSION, type Tour, type TourStep } from './schema';

export function viewToStep(view: UrlView, caption: string, title = ''): TourStep {
  return {
    title,
    caption,
    cluster: null,
    node: view.node,
    edge: view.node ? null : view.edge,
    focus: view.focus,
    hops: view.hops,
    hide: [...view.hiddenTypes],
    hideClusters: [...view.hiddenClusters],
    viewport: null,
    evidence: []
  };
}

/** The steps with one moved `by` places (clamped to the ends); the same array when it cannot move. */
export function moveStep(steps: readonly TourStep[], index: number, by: number): TourStep[] {
  const to = Math.max(0, Math.min(steps.length - 1, index + by));
  if (to === index || !steps[index]) return [...steps];
  const next = [...steps];
  const [step] = next.splice(index, 1);
  next.splice(to, 0, step);
  return next;
}

export function removeStep(steps: readonly TourStep[], index: number): TourStep[] {
  return steps.filter((_, i) => i !== index);
}

export function serialiseTour(steps: readonly TourStep[], title = ''): string {
  const tour: Tour = { version: TOUR_VERSION, title, steps: [...steps] };
  return `${JSON.stringify(tour, null, 2)}\n`;
}
