/**
 * The part of the view that lives in the URL, and its encoding. Short parameter names keep shared links
 * readable; decoding is tolerant (unknown or malformed values fall back to defaults) because URLs are
 * hand-edited and outlive graph rebuilds.
 */
import { NODE_TYPES, type NodeType } from '../../graph/schema';
import type { Transform } from '../graph/geometry';
import { DEFAULT_HIDDEN_TYPES } from '../graph/visibility';

export interface UrlView {
  node: string | null;
  edge: string | null;
  document: string | null;
  passage: string | null;
  focus: string | null;
  hops: 1 | 2;
  hiddenTypes: NodeType[];
  hiddenClusters: string[];
  minImportance: number;
  minWeight: number;
  viewport: Transform | null;
}

export const DEFAULT_URL_VIEW: UrlView = {
  node: null,
  edge: null,
  document: null,
  passage: null,
  focus: null,
  hops: 1,
  hiddenTypes: [...DEFAULT_HIDDEN_TYPES],
  hiddenClusters: [],
  minImportance: 0,
  minWeight: 0,
  viewport: null
};

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function encodeUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.node) params.set('node', view.node);
  if (view.edge) params.set('edge', view.edge);
  if (view.document) params.set('doc', view.document);
  if (view.passage) params.set('passage', view.passage);
  if (view.focus) {
    params.set('focus', view.focus);
    if (view.hops !== 1) params.set('hops', String(view.hops));
  }
  // `hide` is written only when it differs from the default, and then in full: an empty `hide=` shows every type.
  const hide = [...new Set(view.hiddenTypes)].sort().join(',');
  if (hide !== [...DEFAULT_HIDDEN_TYPES].sort().join(',')) params.set('hide', hide);
  if (view.hiddenClusters.length) params.set('hideClusters', [...view.hiddenClusters].sort().join(','));
  if (view.minImportance > 0) params.set('minImportance', String(round(view.minImportance, 3)));
  if (view.minWeight > 0) params.set('minWeight', String(round(view.minWeight, 3)));
  if (view.viewport) {
    const { x, y, k } = view.viewport;
    params.set('view', `${round(x, 1)},${round(y, 1)},${round(k, 3)}`);
  }
  return params.toString();
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

const fraction = (value: string | null) => {
  const number = Number(value);
  return value !== null && Number.isFinite(number) && number > 0 ? number : 0;
};

function parseViewport(value: string | null): Transform | null {
  const parts = list(value).map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite) || parts[2] <= 0) return null;
  return { x: parts[0], y: parts[1], k: parts[2] };
}

export function decodeUrlView(params: URLSearchParams): UrlView {
  return {
    node: params.get('node') || null,
    edge: params.get('edge') || null,
    document: params.get('doc') || null,
    passage: params.get('passage') || null,
    focus: params.get('focus') || null,
    hops: params.get('hops') === '2' ? 2 : 1,
    hiddenTypes: params.has('hide')
      ? list(params.get('hide')).filter((type): type is NodeType => (NODE_TYPES as readonly string[]).includes(type))
      : [...DEFAULT_HIDDEN_TYPES],
    hiddenClusters: list(params.get('hideClusters')),
    minImportance: Math.min(1, fraction(params.get('minImportance'))),
    minWeight: fraction(params.get('minWeight')),
    viewport: parseViewport(params.get('view'))
  };
}

/** Whether two views differ in what is selected or opened: such changes get their own history entry. */
export function differsInSelection(a: UrlView, b: UrlView): boolean {
  return a.node !== b.node || a.edge !== b.edge || a.document !== b.document || a.focus !== b.focus || a.hops !== b.hops;
}
