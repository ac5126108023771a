/**
 * The tour file (`tour.json`): an ordered list of steps, each a view of the graph with a caption. Defined
 * once here; the presentation, the embed and the tests import it. The file is hand-written, so parsing names
 * the step and field that is wrong (`tour.json: steps[2].focus names unknown node "foo"`), checking ids
 * against the graph as well as the shape, and lists every fault at once, one per line. Like curation.json,
 * unknown keys are errors: a misspelt "captoin" would otherwise be a step without its caption.
 */
import * as v from 'valibot';
import { evidencePassages, NODE_TYPES, type GraphData } from '../graph/schema';
import { closedObject } from '../validation/closed-object';

export const TOUR_VERSION = 1;

const id = v.pipe(v.string(), v.minLength(1));
const finite = v.pipe(v.number(), v.finite());

const STEP_FIELDS = ['title', 'caption', 'notes', 'cluster', 'node', 'edge', 'focus', 'hops', 'hide', 'hideClusters', 'viewport', 'evidence'];

export const TourStepSchema = closedObject({
  /** Short heading shown above the caption. */
  title: v.optional(v.string(), ''),
  caption: v.string(),
  /** Speaker notes, for the presenter's window only: never shown to the audience. */
  notes: v.optional(v.string()),
  /** A cluster to spotlight: its nodes stand out and the camera fits them. */
  cluster: v.optional(v.nullable(id), null),
  /** A node to select (its neighbourhood stands out). */
  node: v.optional(v.nullable(id), null),
  /** A link to select (its ends stand out). */
  edge: v.optional(v.nullable(id), null),
  /** Show only this node's neighbourhood, `hops` links away. */
  focus: v.optional(v.nullable(id), null),
  hops: v.optional(v.picklist([1, 2]), 1),
  /** Node types to hide; absent means the explorer's default (documents hidden). */
  hide: v.optional(v.array(v.picklist(NODE_TYPES))),
  hideClusters: v.optional(v.array(id), []),
  /** A fixed camera ({x, y, k} as in the explorer's `view=` URL parameter); absent means fit the step. */
  viewport: v.optional(
    v.nullable(closedObject({ x: finite, y: finite, k: v.pipe(finite, v.minValue(0.001)) }, 'is not a field of a viewport (x, y, k)')),
    null
  ),
  /** Evidence shown large under the caption: as in the graph, a passage id or the ids of a paragraph's run of sentences. */
  evidence: v.optional(v.array(v.union([id, v.pipe(v.array(id), v.minLength(2))])), [])
}, `is not a field of a step (${STEP_FIELDS.join(', ')})`);

export const TourSchema = closedObject({
  version: v.optional(v.literal(TOUR_VERSION), TOUR_VERSION),
  title: v.optional(v.string(), ''),
  steps: v.pipe(v.array(TourStepSchema), v.minLength(1, 'a tour needs at least one step'))
}, 'is not a field of a tour (version, title, steps)');

export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type Tour = v.InferOutput<typeof TourSchema>;

export class TourError extends Error {
  override name = 'TourError';
}

const describePath = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? [])
    .map((item) => item.key as string | number)
    .reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : String(key)), '');

/** Checks an untrusted tour against its shape and the graph's ids; throws a TourError listing every fault. */
export function parseTour(json: unknown, graph: GraphData, file = 'tour.json'): Tour {
  if (Array.isArray(json)) throw new TourError(`${file}: must be a JSON object with "steps", not an array`);
  const result = v.safeParse(TourSchema, json);
  if (!result.success) {
    throw new TourError(
      result.issues
        .map((issue) => {
          const where = describePath(issue);
          return `${file}: ${where ? `${where}: ` : ''}${issue.message}`;
        })
        .join('\n')
    );
  }
  const faults = referenceFaults(result.output, graph);
  if (faults.length > 0) throw new TourError(faults.map((fault) => `${file}: ${fault}`).join('\n'));
  return result.output;
}

/** Ids the graph does not know, and ids listed twice (the views key their lists by them). */
function referenceFaults(tour: Tour, graph: GraphData): string[] {
  const known = {
    node: new Set(graph.nodes.map((node) => node.id)),
    edge: new Set(graph.edges.map((edge) => edge.id)),
    cluster: new Set(graph.clusters.map((cluster) => cluster.id)),
    passage: new Set(graph.passages.map((passage) => passage.id))
  };
  const faults: string[] = [];
  const check = (step: number, field: string, kind: keyof typeof known, value: string | null) => {
    if (value !== null && !known[kind].has(value)) faults.push(`steps[${step}].${field} names unknown ${kind} "${value}"`);
  };
  const once = (step: number, field: string, values: readonly string[]) => {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) faults.push(`steps[${step}].${field}[${i}] "${value}" is listed twice`);
    });
  };
  tour.steps.forEach((step, index) => {
    check(index, 'cluster', 'cluster', step.cluster);
    check(index, 'node', 'node', step.node);
    check(index, 'edge', 'edge', step.edge);
    check(index, 'focus', 'node', step.focus);
    step.hideClusters.forEach((cluster, c) => check(index, `hideClusters[${c}]`, 'cluster', cluster));
    step.evidence.forEach((item, e) => evidencePassages(item).forEach((passage) => check(index, `evidence[${e}]`, 'passage', passage)));
    once(index, 'evidence', step.evidence.map((item) => evidencePassages(item).join(' ')));
    once(index, 'hideClusters', step.hideClusters);
    once(index, 'hide', step.hide ?? []);
  });
  return faults;
}
