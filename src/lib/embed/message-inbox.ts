/**
 * The embed's mailbox, open from the moment its script runs: a host page (a slide deck) often posts its first
 * `show-step` while the frame is still loading the graph. Messages that arrive before the view can act on them
 * are kept in order and handed over, to be answered, once it can.
 */
export interface InboxMessage {
  data: unknown;
  source: MessageEventSource | null;
}

type Handler = (message: InboxMessage) => void;

let pending: InboxMessage[] = [];
let handler: Handler | null = null;

function receive(event: MessageEvent): void {
  const message = { data: event.data, source: event.source };
  if (handler) handler(message);
  else pending.push(message);
}

/** Starts listening (once); safe to call where there is no window (prerendering). */
export function openInbox(): void {
  if (typeof window === 'undefined' || (window as { __embedInbox?: boolean }).__embedInbox) return;
  (window as { __embedInbox?: boolean }).__embedInbox = true;
  window.addEventListener('message', receive);
}

/** Hands over what is waiting, then every later message; returns a function that stops the handing over. */
export function readInbox(next: Handler): () => void {
  handler = next;
  const waiting = pending;
  pending = [];
  for (const message of waiting) next(message);
  return () => {
    if (handler === next) handler = null;
  };
}
