/**
 * The tour being prepared in the explorer: the current view captured as a step, steps reordered and removed,
 * the draft kept in localStorage between visits and written out as a `tour.json` that `parseTour` accepts.
 * A captured step keeps what is selected, focused and filtered but not the camera: the projector's screen is
 * not the laptop's, so the presentation fits each step to its subject instead.
 */
import type { GraphData } from '../graph/schema';
import type { UrlView } from '../explorer/state/url-state';
import { parseTour, TourError, TOUR_VERSION, type Tour, type TourStep } from './schema';

const DRAFT_KEY = 'explorer.tourDraft';

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

/** The saved draft's steps; storage may be missing or hold something else, which reads as an empty draft. */
export function loadDraft(): TourStep[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as TourStep[]) : [];
  } catch {
    return [];
  }
}

export function saveDraft(steps: readonly TourStep[]): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(steps));
  } catch {
    // Not kept for the next visit then; the download still works.
  }
}

/** The saved draft as a tour checked against the graph (`/present?draft=1`), or the error naming its step. */
export function loadDraftTour(graph: GraphData): { tour: Tour | null; error: string | null } {
  const steps = loadDraft();
  if (steps.length === 0) return { tour: null, error: null };
  try {
    return { tour: parseTour({ steps }, graph, 'tour draft'), error: null };
  } catch (cause) {
    if (cause instanceof TourError) return { tour: null, error: cause.message };
    throw cause;
  }
}
