/**
 * The embed's URL parameters, on top of the explorer's own (`node`, `focus`, `hide`, `hideClusters`, `view`…):
 * `step` (a tour step, from 1), `theme` (light, dark, projector), `labels=0`, `interactive=0` (a still
 * picture) and `zoom=1` (wheel zoom; off by default so the host page scrolls past the frame). Decoding is
 * tolerant: a slide deck's link outlives graph rebuilds, so unknown values fall back to defaults.
 */
import type { GraphData } from '../graph/schema';
import { normalizeForSearch } from '../explorer/search/search-nodes';
import { THEMES, type Theme } from '../explorer/state/view-state.svelte';
import { decodeUrlView, encodeUrlView, type UrlView } from '../explorer/state/url-state';

export interface EmbedParams {
  view: UrlView;
  /** 0-based tour step, or null. */
  step: number | null;
  theme: Theme | null;
  labels: boolean;
  interactive: boolean;
  wheelZoom: boolean;
}

export function decodeEmbedParams(params: URLSearchParams): EmbedParams {
  const step = Number(params.get('step'));
  const theme = params.get('theme');
  return {
    view: decodeUrlView(params),
    step: params.has('step') && Number.isInteger(step) && step >= 1 ? step - 1 : null,
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : null,
    labels: params.get('labels') !== '0',
    interactive: params.get('interactive') !== '0',
    wheelZoom: params.get('zoom') === '1'
  };
}

/** The embed address for an explorer view: its URL part, plus the embed's own choices when not default. */
export function embedSearch(view: UrlView, options: { theme?: Theme; step?: number } = {}): string {
  const params = new URLSearchParams(encodeUrlView({ ...view, document: null, passage: null }));
  if (options.step !== undefined) params.set('step', String(options.step + 1));
  if (options.theme) params.set('theme', options.theme);
  return params.toString();
}

/** Messages a host page may post to the frame (see static/embed-example.html); `node` is an id or a label. */
export type EmbedMessage = { type: 'show-step'; step: number } | { type: 'show-node'; node: string };

/**
 * Keys a slide deck or a clicker uses (next, previous, first, last, blank screen, full screen): pressed inside
 * the frame they belong to the host, which gets them as `{ type: 'key', key }`.
 */
export const SLIDE_KEYS: ReadonlySet<string> = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Home', 'End', 'b', 'B', '.', 'f', 'F', 'Escape']);

/** A node by id, else by label or alias, ignoring case and accents ("Satya Nadella", "satya nadella"). */
export function resolveNode(graph: GraphData, idOrLabel: string): string | null {
  if (graph.nodes.some((node) => node.id === idOrLabel)) return idOrLabel;
  const wanted = normalizeForSearch(idOrLabel);
  const byLabel = graph.nodes.find((node) => normalizeForSearch(node.label) === wanted) ?? graph.nodes.find((node) => node.aliases.some((alias) => normalizeForSearch(alias) === wanted));
  return byLabel?.id ?? null;
}

export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'show-step' && Number.isInteger(message.step) && (message.step as number) >= 1) return { type: 'show-step', step: message.step as number };
  if (message.type === 'show-node' && typeof message.node === 'string' && message.node) return { type: 'show-node', node: message.node };
  return null;
}
