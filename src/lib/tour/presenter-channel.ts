/**
 * The presentation and its presenter window talk over a BroadcastChannel: same origin, no server, and the
 * presenter window can be opened, closed and reopened at any time (it asks for the current step when it opens).
 */
export const PRESENTER_CHANNEL = 'concept-graph-presenter';

export type PresenterMessage =
  | { type: 'hello' }
  | { type: 'step'; number: number; total: number; title: string; notes: string; next: string | null };
