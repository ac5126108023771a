/**
 * The explorer's one view state: what is selected, hovered, filtered, focused, where the camera is, and the
 * interface language and theme. Components read getters and call methods; what is visible is `$derived`, and
 * the URL part is read in with `applyUrlView` and written out from `urlView`. A correction swaps the graph
 * in place (`replaceGraph`): the selection, filters and camera stay, and the groups keep their colours.
 */
import type { GraphData, NodeType } from '../../graph/schema';
import { carryClusterColors } from '../graph/carry-colors';
import { buildGraphIndex, type GraphIndex } from '../graph/graph-index';
import type { LabelDensity } from '../graph/label-placement';
import type { Transform } from '../graph/geometry';
import { computeVisibility, DEFAULT_HIDDEN_TYPES, NO_CLUSTER, type Focus } from '../graph/visibility';
import { createTranslator, type Language } from '../i18n/messages';
import { buildSearchEntries, searchNodes, type SearchEntry } from '../search/search-nodes';
import { foldPassage, searchPassages, type FoldedPassage } from '../search/search-passages';
import type { UrlView } from './url-state';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
/** `projector` is the presentation's high-contrast theme; the explorer's switch offers light and dark. */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
export interface Reading {
  document: string;
  passage: string | null;
}
/** A one-shot request for the graph view to move the camera; `serial` makes repeated requests distinct. */
export type CameraRequest =
  | { kind: 'fit' | 'zoomIn' | 'zoomOut' | 'reheat' | 'viewport'; serial: number }
  | { kind: 'reveal'; id: string; serial: number }
  | { kind: 'fitTo'; ids: readonly string[]; serial: number };

const toggle = <T>(set: ReadonlySet<T>, value: T): Set<T> => {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
};

export class ViewState {
  /** The graph as loaded or rebuilt, byte for byte what the pipeline wrote: downloads use this one. */
  #graph = $state.raw<GraphData>() as GraphData;
  /** Built from the graph as shown: the same but for the colours a rebuild carried over (see `replaceGraph`). */
  #index = $state.raw<GraphIndex>() as GraphIndex;
  #searchEntries: SearchEntry[];
  #foldedPassages: FoldedPassage[] | null = null;
  /** Words searched in the texts, whose passages the Sources panel lists; null when none. */
  #textQuery = $state<string | null>(null);
  /** The Sources panel shows how the groups join (the Bridges view) when nothing is selected. */
  #bridges = $state(false);
  #selection = $state.raw<Selection>(null);
  #reading = $state.raw<Reading | null>(null);
  #hover = $state<string | null>(null);
  #hiddenTypes = $state.raw<ReadonlySet<NodeType>>(new Set(DEFAULT_HIDDEN_TYPES));
  #hiddenClusters = $state.raw<ReadonlySet<string>>(new Set());
  #minImportance = $state(0);
  #minWeight = $state(0);
  #focus = $state.raw<Focus | null>(null);
  #transform = $state.raw<Transform>({ x: 0, y: 0, k: 1 });
  #viewport = $state.raw<Transform | null>(null);
  #camera = $state.raw<CameraRequest | null>(null);
  /** Nodes a tour step puts forward (a cluster); they stand out while nothing is hovered or selected. */
  #spotlight = $state.raw<ReadonlySet<string> | null>(null);
  #theme = $state<Theme>('light');
  #language = $state<Language>('fr');
  #labelDensity = $state<LabelDensity>('medium');
  #serial = 0;

  #visibility = $derived.by(() =>
    computeVisibility(
      this.index,
      {
        hiddenTypes: this.#hiddenTypes,
        hiddenClusters: this.#hiddenClusters,
        minImportance: this.#minImportance,
        minWeight: this.#minWeight
      },
      this.#focus
    )
  );
  /**
   * What stands out while the rest dims: the hovered node and its neighbours, else the selected node's
   * neighbourhood, else the selected link's ends; null when nothing is emphasised.
   */
  #highlighted = $derived.by(() => {
    const id = this.#hover ?? (this.#selection?.kind === 'node' ? this.#selection.id : null);
    if (id) return new Set([id, ...(this.index.neighbours.get(id) ?? []).map((n) => n.node.id)]);
    const edge = this.#selection?.kind === 'edge' ? this.index.edges.get(this.#selection.id) : undefined;
    return edge ? new Set([edge.source, edge.target]) : this.#spotlight;
  });
  #translate = $derived(createTranslator(this.#language));

  constructor(graph: GraphData, options: { language?: Language; theme?: Theme; labelDensity?: LabelDensity } = {}) {
    this.#graph = graph;
    this.#index = buildGraphIndex(graph);
    this.#searchEntries = buildSearchEntries(graph.nodes);
    if (options.language) this.#language = options.language;
    if (options.theme) this.#theme = options.theme;
    if (options.labelDensity) this.#labelDensity = options.labelDensity;
  }

  get graph() { return this.#graph; }
  get index() { return this.#index; }
  get selection() { return this.#selection; }
  get selectedNode() { return this.#selection?.kind === 'node' ? this.index.nodes.get(this.#selection.id) ?? null : null; }
  get selectedEdge() { return this.#selection?.kind === 'edge' ? this.index.edges.get(this.#selection.id) ?? null : null; }
  get reading() { return this.#reading; }
  get hover() { return this.#hover; }
  get highlighted() { return this.#highlighted; }
  get hiddenTypes() { return this.#hiddenTypes; }
  get hiddenClusters() { return this.#hiddenClusters; }
  get minImportance() { return this.#minImportance; }
  get minWeight() { return this.#minWeight; }
  get focus() { return this.#focus; }
  get visibleNodes() { return this.#visibility.nodes; }
  get visibleEdges() { return this.#visibility.edges; }
  get transform() { return this.#transform; }
  get viewport() { return this.#viewport; }
  get camera() { return this.#camera; }
  get spotlight() { return this.#spotlight; }
  get theme() { return this.#theme; }
  get language() { return this.#language; }
  get textQuery() { return this.#textQuery; }
  get bridgesOpen() { return this.#bridges; }
  get labelDensity() { return this.#labelDensity; }
  get t() { return this.#translate; }

  search(query: string, limit = 8) {
    return searchNodes(this.#searchEntries, query, limit);
  }

  /** Passages holding `query`; the texts are folded on first use only. */
  searchText(query: string, limit?: number) {
    this.#foldedPassages ??= this.index.graph.passages.map(foldPassage);
    return searchPassages(this.#foldedPassages, query, limit);
  }

  /** Lists the passages holding `query` in the Sources panel, in place of a selection. */
  showTextResults(query: string) {
    this.#textQuery = query.trim() || null;
    this.#bridges = false;
    this.#selection = null;
    this.#reading = null;
  }

  /** Opens the Bridges view in the Sources panel; what is chosen from it opens above it, Escape comes back. */
  showBridges() {
    this.#bridges = true;
    this.#textQuery = null;
    this.#selection = null;
    this.#reading = null;
  }

  closeBridges() {
    this.#bridges = false;
  }

  /** Shows these groups only: every other group, small ones and nodes in none included, is hidden. */
  showOnlyClusters(ids: readonly string[]) {
    const keep = new Set(ids);
    this.#hiddenClusters = new Set([...this.index.graph.clusters.map((cluster) => cluster.id), NO_CLUSTER].filter((id) => !keep.has(id)));
  }

  selectNode(id: string | null) {
    this.#selection = id && this.index.nodes.has(id) ? { kind: 'node', id } : null;
    this.#reading = null;
  }

  selectEdge(id: string) {
    if (this.index.edges.has(id)) this.#selection = { kind: 'edge', id };
    this.#reading = null;
  }

  clearSelection() {
    this.#selection = null;
    this.#reading = null;
  }

  openDocument(document: string, passage: string | null = null) {
    if (this.index.documents.has(document)) this.#reading = { document, passage };
  }

  closeDocument() {
    this.#reading = null;
  }

  setHover(id: string | null) {
    this.#hover = id;
  }

  toggleType(type: NodeType) { this.#hiddenTypes = toggle(this.#hiddenTypes, type); }
  toggleCluster(id: string) { this.#hiddenClusters = toggle(this.#hiddenClusters, id); }
  /** Hides or shows several clusters as one (the legend's "other" entry for the small groups). */
  setClustersHidden(ids: readonly string[], hidden: boolean) {
    const next = new Set(this.#hiddenClusters);
    for (const id of ids) {
      if (hidden) next.add(id);
      else next.delete(id);
    }
    this.#hiddenClusters = next;
  }
  setMinImportance(value: number) { this.#minImportance = Math.max(0, Math.min(1, value)); }
  setMinWeight(value: number) { this.#minWeight = Math.max(0, value); }

  /** Back to the opening filters (documents hidden, everything else shown), focus left. */
  resetFilters() {
    this.#hiddenTypes = new Set(DEFAULT_HIDDEN_TYPES);
    this.#hiddenClusters = new Set();
    this.#minImportance = 0;
    this.#minWeight = 0;
    this.#focus = null;
  }

  /** Makes a node visible (a search pick may name a filtered-out one): filters reset, its type shown. */
  showNode(id: string) {
    const node = this.index.nodes.get(id);
    if (!node || this.visibleNodes.has(id)) return;
    this.resetFilters();
    if (this.#hiddenTypes.has(node.type)) this.toggleType(node.type);
  }

  setFocus(node: string | null, hops: 1 | 2 = 1) {
    this.#focus = node && this.index.nodes.has(node) ? { node, hops } : null;
  }

  setTransform(transform: Transform) { this.#transform = transform; }
  /** The settled viewport (end of a zoom or pan); only this one goes to the URL, to keep history calm. */
  commitViewport(transform: Transform) { this.#viewport = transform; }

  requestCamera(kind: 'fit' | 'zoomIn' | 'zoomOut' | 'reheat') { this.#camera = { kind, serial: ++this.#serial }; }
  /** Fits the camera on these nodes (a tour step's subject). */
  fitTo(ids: readonly string[]) { this.#camera = { kind: 'fitTo', ids, serial: ++this.#serial }; }
  setSpotlight(ids: Iterable<string> | null) { this.#spotlight = ids ? new Set(ids) : null; }
  reveal(id: string) { this.#camera = { kind: 'reveal', id, serial: ++this.#serial }; }

  setTheme(theme: Theme) { this.#theme = theme; }
  setLanguage(language: Language) { this.#language = language; }
  setLabelDensity(density: LabelDensity) { this.#labelDensity = density; }

  /**
   * Shows a rebuilt graph in place of this one (a correction was applied): what was selected, opened, focused
   * or hidden stays when it still exists, `select` names the node to show (the one corrected, or a merge's
   * target), and every group continuing an old one wears its colour and stays hidden if it was, except the
   * groups in `chosenColors` (ids in the new graph), whose colour the person set.
   */
  replaceGraph(graph: GraphData, { select = null, chosenColors = new Set() }: { select?: string | null; chosenColors?: ReadonlySet<string> } = {}) {
    const { clusters, continues } = carryClusterColors(this.#index.graph.clusters, graph.clusters, chosenColors);
    const hidden = this.#hiddenClusters;
    this.#graph = graph;
    this.#index = buildGraphIndex({ ...graph, clusters });
    this.#searchEntries = buildSearchEntries(graph.nodes);
    this.#foldedPassages = null;
    this.#hiddenClusters = new Set([
      ...(hidden.has(NO_CLUSTER) ? [NO_CLUSTER] : []),
      ...[...continues].filter(([, old]) => hidden.has(old)).map(([id]) => id)
    ]);
    const nodes = this.#index.nodes;
    if (select && nodes.has(select)) this.#selection = { kind: 'node', id: select };
    else if (this.#selection && !(this.#selection.kind === 'node' ? nodes : this.#index.edges).has(this.#selection.id)) this.#selection = null;
    if (this.#reading && !this.#index.documents.has(this.#reading.document)) this.#reading = null;
    else if (this.#reading?.passage && !this.#index.passages.has(this.#reading.passage)) this.#reading = { ...this.#reading, passage: null };
    if (this.#focus && !nodes.has(this.#focus.node)) this.#focus = null;
    if (this.#hover && !nodes.has(this.#hover)) this.#hover = null;
    if (this.#spotlight) this.#spotlight = new Set([...this.#spotlight].filter((id) => nodes.has(id)));
  }

  get urlView(): UrlView {
    return {
      node: this.#selection?.kind === 'node' ? this.#selection.id : null,
      edge: this.#selection?.kind === 'edge' ? this.#selection.id : null,
      document: this.#reading?.document ?? null,
      passage: this.#reading?.passage ?? null,
      focus: this.#focus?.node ?? null,
      hops: this.#focus?.hops ?? 1,
      hiddenTypes: [...this.#hiddenTypes],
      hiddenClusters: [...this.#hiddenClusters],
      minImportance: this.#minImportance,
      minWeight: this.#minWeight,
      viewport: this.#viewport
    };
  }

  /** Reads a decoded URL in; ids the graph does not know are dropped rather than trusted. */
  applyUrlView(view: UrlView) {
    if (view.node && this.index.nodes.has(view.node)) this.#selection = { kind: 'node', id: view.node };
    else if (view.edge && this.index.edges.has(view.edge)) this.#selection = { kind: 'edge', id: view.edge };
    else this.#selection = null;
    this.#reading = view.document && this.index.documents.has(view.document) ? { document: view.document, passage: view.passage } : null;
    this.#focus = view.focus && this.index.nodes.has(view.focus) ? { node: view.focus, hops: view.hops } : null;
    this.#hiddenTypes = new Set(view.hiddenTypes);
    this.#hiddenClusters = new Set(view.hiddenClusters);
    this.#minImportance = view.minImportance;
    this.#minWeight = view.minWeight;
    const current = this.#viewport;
    if (view.viewport && (!current || ['x', 'y', 'k'].some((key) => Math.abs(current[key as 'x'] - view.viewport![key as 'x']) > 0.01))) {
      this.#viewport = view.viewport;
      this.#camera = { kind: 'viewport', serial: ++this.#serial };
    }
  }
}
