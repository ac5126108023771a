/**
 * The canvas renderer's two layers. The base layer holds every link and node, batched into a few paths in
 * graph coordinates (one per link opacity, one per node colour) that are rebuilt only when positions change:
 * a zoom or pan frame strokes and fills them again under a new transform, with no per-element work in
 * script. The emphasis layer lies over it: a veil in the page's background colour dims the base, and only
 * the emphasised neighbourhood is drawn again on top, so hovering never redraws the thousands of other
 * elements. Links are hairlines (one CSS pixel at any zoom; wider lines cost the rasteriser many times more),
 * their weight read from their opacity.
 */
import { OTHER_CLUSTER_COLOR } from '../../graph/cluster-size';
import type { GraphEdge, NodeType } from '../../graph/schema';
import { edgeOpacity, glyphExtent, type Transform } from './geometry';
import type { Emphasis } from './render-model';
import type { SimNode } from './simulation';

/** How far the veil dims what is not emphasised: nodes keep the SVG renderer's 0.18 opacity. */
export const VEIL_ALPHA = 0.82;
const ACTIVE_EDGE_ALPHA = 0.95;
/** Strokes round node symbols cost more than they show on a dense picture. */
const NODE_STROKE_LIMIT = 3000;

export interface Palette {
  bg: string;
  edge: string;
  edgeActive: string;
  nodeStroke: string;
  text: string;
}

export interface BaseScene {
  /** Weakest first, so the strongest links lie on top. */
  edgeBatches: { alpha: number; path: Path2D }[];
  nodeBatches: { color: string; path: Path2D }[];
  nodeCount: number;
}

export interface EmphasisScene {
  nodes: SimNode[];
  edges: { edge: GraphEdge; a: SimNode; b: SimNode; active: boolean }[];
  selected: SimNode | null;
}

/** Adds a node's symbol (as `symbolPath` draws it) to a path, centred on the node. */
export function addSymbol(path: Path2D | CanvasRenderingContext2D, type: NodeType, x: number, y: number, r: number): void {
  const e = glyphExtent(type, r);
  switch (type) {
    case 'person':
      path.moveTo(x, y - e);
      path.lineTo(x + e, y);
      path.lineTo(x, y + e);
      path.lineTo(x - e, y);
      path.closePath();
      return;
    case 'organization':
      path.rect(x - e, y - e, 2 * e, 2 * e);
      return;
    case 'document':
      path.moveTo(x, y - e);
      path.lineTo(x + e, y + e * 0.8);
      path.lineTo(x - e, y + e * 0.8);
      path.closePath();
      return;
    default:
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, 2 * Math.PI);
  }
}

export const nodeColor = (sim: SimNode, colors: ReadonlyMap<string, string>) => (sim.node.cluster && colors.get(sim.node.cluster)) || OTHER_CLUSTER_COLOR;

export function buildBaseScene(
  nodes: readonly SimNode[],
  edges: readonly GraphEdge[],
  positions: ReadonlyMap<string, SimNode>,
  colors: ReadonlyMap<string, string>,
  maxWeight: number
): BaseScene {
  const edgeBatches = new Map<number, Path2D>();
  for (const edge of edges) {
    const [a, b] = [positions.get(edge.source), positions.get(edge.target)];
    if (!a || !b) continue;
    const alpha = Math.round(edgeOpacity(edge.weight, maxWeight) * 20) / 20;
    let path = edgeBatches.get(alpha);
    if (!path) edgeBatches.set(alpha, (path = new Path2D()));
    path.moveTo(a.x, a.y);
    path.lineTo(b.x, b.y);
  }
  const nodeBatches = new Map<string, Path2D>();
  for (const sim of nodes) {
    const color = nodeColor(sim, colors);
    let path = nodeBatches.get(color);
    if (!path) nodeBatches.set(color, (path = new Path2D()));
    addSymbol(path, sim.node.type, sim.x, sim.y, sim.r);
  }
  return {
    edgeBatches: [...edgeBatches].sort((a, b) => a[0] - b[0]).map(([alpha, path]) => ({ alpha, path })),
    nodeBatches: [...nodeBatches].map(([color, path]) => ({ color, path })),
    nodeCount: nodes.length
  };
}

/** What the emphasis layer draws again: the highlighted nodes, the links between them, the selection. */
export function buildEmphasisScene(
  nodes: readonly SimNode[],
  edges: readonly GraphEdge[],
  positions: ReadonlyMap<string, SimNode>,
  emphasis: Emphasis
): EmphasisScene | null {
  const { highlighted, selectedNode, selectedEdge } = emphasis;
  if (!highlighted) return null;
  const shown = nodes.filter((sim) => highlighted.has(sim.id));
  const between: EmphasisScene['edges'] = [];
  for (const edge of edges) {
    if (!highlighted.has(edge.source) || !highlighted.has(edge.target)) continue;
    const [a, b] = [positions.get(edge.source), positions.get(edge.target)];
    if (a && b) between.push({ edge, a, b, active: edge.id === selectedEdge || edge.source === selectedNode || edge.target === selectedNode });
  }
  return { nodes: shown, edges: between, selected: shown.find((sim) => sim.id === selectedNode) ?? null };
}

function frame(context: CanvasRenderingContext2D, transform: Transform, width: number, height: number, ratio: number) {
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.translate(transform.x, transform.y);
  context.scale(transform.k, transform.k);
}

export function drawBase(context: CanvasRenderingContext2D, scene: BaseScene, transform: Transform, width: number, height: number, ratio: number, palette: Palette): void {
  frame(context, transform, width, height, ratio);
  context.lineWidth = 1 / transform.k;
  context.strokeStyle = palette.edge;
  for (const batch of scene.edgeBatches) {
    context.globalAlpha = batch.alpha;
    context.stroke(batch.path);
  }
  context.globalAlpha = 1;
  context.strokeStyle = palette.nodeStroke;
  for (const batch of scene.nodeBatches) {
    context.fillStyle = batch.color;
    context.fill(batch.path);
    if (scene.nodeCount < NODE_STROKE_LIMIT) context.stroke(batch.path);
  }
}

/** The veil at `veil` opacity (animated by the caller), then the emphasised neighbourhood at full strength. */
export function drawEmphasis(
  context: CanvasRenderingContext2D,
  scene: EmphasisScene | null,
  veil: number,
  transform: Transform,
  width: number,
  height: number,
  ratio: number,
  palette: Palette,
  colors: ReadonlyMap<string, string>,
  maxWeight: number
): void {
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  if (!scene || veil <= 0) return;
  context.globalAlpha = veil;
  context.fillStyle = palette.bg;
  context.fillRect(0, 0, width, height);
  context.translate(transform.x, transform.y);
  context.scale(transform.k, transform.k);
  // The neighbourhood fades in with the veil, so the whole change reads as one movement.
  const strength = veil / VEIL_ALPHA;
  for (const { edge, a, b, active } of scene.edges) {
    context.globalAlpha = strength * (active ? ACTIVE_EDGE_ALPHA : edgeOpacity(edge.weight, maxWeight));
    context.strokeStyle = active ? palette.edgeActive : palette.edge;
    context.lineWidth = (active ? 1.5 : 1) / transform.k;
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
    context.stroke();
  }
  context.globalAlpha = strength;
  context.lineWidth = 1 / transform.k;
  context.strokeStyle = palette.nodeStroke;
  for (const sim of scene.nodes) {
    context.beginPath();
    addSymbol(context, sim.node.type, sim.x, sim.y, sim.r);
    context.fillStyle = nodeColor(sim, colors);
    context.fill();
    context.stroke();
  }
  if (scene.selected) {
    context.lineWidth = 3 / transform.k;
    context.strokeStyle = palette.text;
    context.beginPath();
    addSymbol(context, scene.selected.node.type, scene.selected.x, scene.selected.y, scene.selected.r);
    context.stroke();
  }
}
