/**
 * Layout stage: x/y for every node, computed once at build time so the explorer opens on a settled picture
 * and every build of the same corpus draws the same map.
 *
 * d3-force with weighted links, repulsion and collision (d3's own many-body and collide forces, redone over
 * typed arrays in layout-forces.ts), plus a weak pull of each cluster towards its own anchor on a circle so
 * clusters read as regions. Everything random is seeded (starting rotation, d3's jiggle) and the simulation is
 * stepped a number of ticks set by the graph's size, never timed. Document nodes stay out of the simulation (they mention dozens
 * of nodes and would drag everything together) and are placed afterwards near
 * the centroid of what they mention.
 */
import {
  forceCenter,
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum
} from 'd3-force';
import { MIN_SHOWN_CLUSTER_SIZE } from '../graph/cluster-size';
import { compareIds } from './compare-ids';
import { flatCollide, flatManyBody } from './layout-forces';
import { createSeededRandom } from './seeded-random';
import type { LinkedEdge } from './types';

export interface LayoutOptions {
  seed: number;
  /** Ticks to run, the simulation cooling fully over them; by default as many as the graph's size affords (layoutSchedule). */
  iterations?: number;
  /** Resting length of an edge, in layout units. */
  linkDistance: number;
  /** Repulsion between nodes (negative pushes apart). */
  charge: number;
  /** Radius no two simulated nodes may come closer than, so labels do not sit on each other. */
  collideRadius: number;
  /** Strength of the pull towards the cluster anchor: strong enough to keep regions, weak enough to let links win. */
  clusterPull: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  seed: 42,
  linkDistance: 30,
  charge: -60,
  collideRadius: 8,
  clusterPull: 0.06
};

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  anchor: { x: number; y: number } | null;
}

interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  weight: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Up to this many simulated nodes the layout runs as d3 does by default: 300 ticks, Barnes–Hut theta 0.9. */
export const FULL_LAYOUT_NODES = 1000;
/** Ticks never fall below this: fewer leave the starting discs visibly unrelaxed. */
export const MIN_LAYOUT_ITERATIONS = 60;

/**
 * Ticks and Barnes–Hut theta for a simulation of `count` nodes. Past FULL_LAYOUT_NODES the ticks shrink so
 * nodes × ticks stays what 1,000 nodes cost (down to MIN_LAYOUT_ITERATIONS, then time grows with the graph,
 * not faster), and theta widens to 1.2, which moves nodes by about a thousandth of the picture's width for a
 * third fewer quads visited. A tick costs about 2.5 ms per 1,000 nodes even with the typed-array forces: 300
 * ticks of a 1 MB corpus's 2,800 nodes took 2.1 s, of a 4 MB one's 6,000 nodes 5.4 s. The starting discs
 * already group each cluster, so the shorter cooling mostly leaves clusters more compact; graphs this large
 * open in the explorer as laid out.
 */
export function layoutSchedule(count: number): { iterations: number; theta: number } {
  if (count <= FULL_LAYOUT_NODES) return { iterations: 300, theta: 0.9 };
  return { iterations: Math.max(MIN_LAYOUT_ITERATIONS, Math.round((300 * FULL_LAYOUT_NODES) / count)), theta: 1.2 };
}

export function layout(
  nodeIds: string[],
  edges: LinkedEdge[],
  assignment: Map<string, string | null>,
  options: Partial<LayoutOptions> = {}
): Map<string, { x: number; y: number }> {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  if (settings.iterations !== undefined && (!Number.isInteger(settings.iterations) || settings.iterations < 0)) {
    throw new Error(`layout: option iterations must be a non-negative integer, got ${settings.iterations}`);
  }
  const random = createSeededRandom(settings.seed);
  const ids = [...new Set(nodeIds)].sort(compareIds);
  const mentionSources = new Set(edges.filter((edge) => edge.kind === 'mention').map((edge) => edge.source));
  const isDocument = (id: string) => id.startsWith('doc:') || mentionSources.has(id);

  const simulated = placeInitially(
    ids.filter((id) => !isDocument(id)),
    assignment,
    random() * 2 * Math.PI
  );
  const schedule = layoutSchedule(simulated.length);
  const iterations = settings.iterations ?? schedule.iterations;
  const links = buildLinks(simulated, edges);
  const maxWeight = Math.max(1e-9, ...links.map((item) => item.weight));
  const degree = new Map<string, number>();
  for (const item of links) {
    for (const end of [item.source, item.target] as string[]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }

  const simulation = forceSimulation<LayoutNode, LayoutLink>(simulated)
    .randomSource(random)
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .id((node) => node.id)
        .distance(settings.linkDistance)
        // d3's default strength (1 / smaller degree) keeps hubs from being torn apart; weight scales it so
        // strong associations sit closer than incidental ones.
        .strength((item) => {
          const ends = [item.source, item.target].map((end) => (typeof end === 'object' ? end.id : String(end)));
          const base = 1 / Math.min(degree.get(ends[0]) ?? 1, degree.get(ends[1]) ?? 1);
          return base * (0.3 + 0.7 * (item.weight / maxWeight));
        })
    )
    .force('charge', flatManyBody<LayoutNode>(settings.charge, schedule.theta))
    .force('collide', flatCollide<LayoutNode>(settings.collideRadius))
    .force('clusterX', forceX<LayoutNode>((node) => node.anchor?.x ?? 0).strength((node) => (node.anchor ? settings.clusterPull : 0)))
    .force('clusterY', forceY<LayoutNode>((node) => node.anchor?.y ?? 0).strength((node) => (node.anchor ? settings.clusterPull : 0)))
    .force('center', forceCenter(0, 0))
    .stop();
  // d3's own decay is this for 300 ticks; for fewer, the simulation still cools to alphaMin by the last one.
  if (iterations > 0) simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / iterations));
  simulation.tick(iterations);

  const positions = new Map<string, { x: number; y: number }>();
  for (const node of simulated) positions.set(node.id, { x: roundCoordinate(node.x!), y: roundCoordinate(node.y!) });
  placeDocuments(ids.filter(isDocument), edges, positions, settings.collideRadius);
  return positions;
}

/**
 * Clusters start in sectors of a circle (largest first, rotated by the seed), each as a phyllotaxis disc
 * around its anchor: no overlap to untangle, so few ticks settle it. Unclustered nodes and small groups start
 * at the centre.
 */
function placeInitially(ids: string[], assignment: ReadonlyMap<string, string | null>, rotation: number): LayoutNode[] {
  const members = new Map<string | null, string[]>();
  for (const id of ids) {
    const key = assignment.get(id) ?? null;
    const list = members.get(key);
    if (list) list.push(id);
    else members.set(key, [id]);
  }
  // A small group gets no sector: pulled to a spot of its own, it would drift away from what it links to.
  const clusters = [...members.keys()]
    .filter((key): key is string => key !== null && members.get(key)!.length >= MIN_SHOWN_CLUSTER_SIZE)
    .sort((a, b) => members.get(b)!.length - members.get(a)!.length || compareIds(a, b));
  const radius = clusters.length > 1 ? 12 * Math.sqrt(ids.length) + 40 : 0;
  const anchors = new Map<string | null, { x: number; y: number } | null>([...members.keys()].map((key) => [key, null]));
  clusters.forEach((key, index) => {
    const angle = rotation + (2 * Math.PI * index) / clusters.length;
    anchors.set(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });

  const nodes: LayoutNode[] = [];
  for (const [key, list] of members) {
    const anchor = anchors.get(key)!;
    const origin = anchor ?? { x: 0, y: 0 };
    list.forEach((id, index) => {
      const distance = 10 * Math.sqrt(index + 0.5);
      const angle = index * GOLDEN_ANGLE;
      nodes.push({ id, anchor, x: origin.x + distance * Math.cos(angle), y: origin.y + distance * Math.sin(angle) });
    });
  }
  return nodes.sort((a, b) => compareIds(a.id, b.id));
}

/** Parallel edges between two nodes (co-occurrence and a stated relation) pull as one link with both weights. */
function buildLinks(nodes: readonly LayoutNode[], edges: readonly LinkedEdge[]): LayoutLink[] {
  const present = new Set(nodes.map((node) => node.id));
  const links = new Map<string, LayoutLink>();
  for (const edge of edges) {
    if (edge.kind === 'mention' || edge.source === edge.target) continue;
    if (!present.has(edge.source) || !present.has(edge.target)) continue;
    const [source, target] = [edge.source, edge.target].sort(compareIds);
    const key = `${source}\u0000${target}`;
    const existing = links.get(key);
    if (existing) existing.weight += Math.max(0, edge.weight);
    else links.set(key, { source, target, weight: Math.max(0, edge.weight) });
  }
  return [...links.values()].sort(
    (a, b) => compareIds(a.source as string, b.source as string) || compareIds(a.target as string, b.target as string)
  );
}

/**
 * A document sits at the centroid of the nodes it mentions, nudged along a small spiral so documents about the
 * same things do not land on one point; a document that mentions nothing kept sits near the centre.
 */
function placeDocuments(
  documents: readonly string[],
  edges: readonly LinkedEdge[],
  positions: Map<string, { x: number; y: number }>,
  spacing: number
): void {
  // Mention targets grouped by document once, in edge order (the order the centroid sums in), rather than
  // filtering every edge for every document.
  const mentionedBy = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== 'mention') continue;
    const list = mentionedBy.get(edge.source);
    if (list) list.push(edge.target);
    else mentionedBy.set(edge.source, [edge.target]);
  }
  documents.forEach((id, index) => {
    const mentioned = (mentionedBy.get(id) ?? []).filter((target) => positions.has(target)).map((target) => positions.get(target)!);
    const centroid = mentioned.reduce((sum, point) => ({ x: sum.x + point.x, y: sum.y + point.y }), { x: 0, y: 0 });
    const count = Math.max(1, mentioned.length);
    const distance = spacing * Math.sqrt(index + 1);
    const angle = index * GOLDEN_ANGLE;
    positions.set(id, {
      x: roundCoordinate(centroid.x / count + distance * Math.cos(angle)),
      y: roundCoordinate(centroid.y / count + distance * Math.sin(angle))
    });
  });
}

/** Two decimals is below a pixel at any zoom the explorer allows, and keeps the file byte-stable and small. */
function roundCoordinate(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
