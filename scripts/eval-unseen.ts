/**
 * npm run eval:unseen -- [--fixtures DIR] [--verbose]
 *
 * Held-out evaluation of extraction: builds each genre folder of tests/fixtures/unseen-genres with the real
 * pipeline and lexicon, without curation, in memory, and scores it against the folder's gold.json
 * (scripts/lib/score-extraction.ts). Prints a table per genre and the totals; --verbose adds the misses and
 * false positives. Writes no file of its own (the lexicon loader keeps its usual cache in .cache/).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isSmallCluster } from '../src/lib/graph/cluster-size';
import type { GraphData } from '../src/lib/graph/schema';
import { buildGraph } from '../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../src/lib/pipeline/lexicon/stopwords-fr';
import { readCorpus } from './lib/graph-files';
import { loadLexicon } from './lib/load-lexicon';
import {
  parseGold,
  scoreExtraction,
  share,
  type ExtractionScore,
  type FalsePositive,
  type Miss,
  type NodeRef,
  type Ratio
} from './lib/score-extraction';

const USAGE = 'usage: npm run eval:unseen -- [--fixtures DIR] [--verbose]';
const GOLD_FILE = 'gold.json';

type Figure = 'peopleRecall' | 'organizationsRecall' | 'placesKeptOut' | 'personPrecision' | 'organizationPrecision' | 'conceptsRecall' | 'conceptsRanked' | 'junkFound';

const FIGURES: [Figure, string][] = [
  ['peopleRecall', 'people recall (typed person)'],
  ['organizationsRecall', 'organisations recall (typed organisation)'],
  ['placesKeptOut', 'places kept out of person/organisation'],
  ['personPrecision', 'person-node precision'],
  ['organizationPrecision', 'organisation-node precision'],
  ['conceptsRecall', 'concepts recall'],
  ['conceptsRanked', 'gold concepts among the k largest (k = gold)'],
  ['junkFound', 'junk found as nodes (lower is better)']
];

interface GenreResult {
  genre: string;
  texts: number;
  counts: Record<string, number>;
  score: ExtractionScore;
  shape: Shape;
}

/** How the graph reads, gold aside: a node with no link, or in no named group, floats outside every region. */
interface Shape {
  nodes: number;
  linked: number;
  grouped: number;
  modularity: number;
}

function measureShape(graph: GraphData): Shape {
  const named = new Set(graph.clusters.filter((cluster) => !isSmallCluster(cluster)).map((cluster) => cluster.id));
  const linked = new Set(graph.edges.filter((edge) => edge.kind !== 'mention').flatMap((edge) => [edge.source, edge.target]));
  const nodes = graph.nodes.filter((node) => node.type !== 'document');
  return {
    nodes: nodes.length,
    linked: nodes.filter((node) => linked.has(node.id)).length,
    grouped: nodes.filter((node) => node.cluster !== null && named.has(node.cluster)).length,
    modularity: graph.meta.modularity
  };
}

function shapeLine(shapes: Shape[]): string {
  const total = (key: 'nodes' | 'linked' | 'grouped') => shapes.reduce((n, shape) => n + shape[key], 0);
  const nodes = total('nodes');
  const modularity = shapes.reduce((n, shape) => n + shape.modularity, 0) / shapes.length;
  return `  graph shape: ${percent({ count: total('linked'), total: nodes })} of nodes linked, ${percent({ count: total('grouped'), total: nodes })} in a named group, modularity ${modularity.toFixed(3)}${shapes.length > 1 ? ' (mean)' : ''}`;
}

function percent(ratio: Ratio): string {
  const value = share(ratio);
  return `${value === undefined ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)} %`} (${ratio.count}/${ratio.total})`;
}

function table(rows: [string, Ratio][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${percent(value)}`).join('\n');
}

const nodeRef = (node: NodeRef) => `${node.label} [${node.type}]`;

function missLine(miss: Miss): string {
  return `    ${miss.name}${miss.foundAs.length ? `  → ${miss.foundAs.map(nodeRef).join(', ')}` : '  → no node'}`;
}

function falseLine(node: FalsePositive): string {
  const aliases = node.aliases.length ? ` (${node.aliases.join(' | ')})` : '';
  const gold = node.gold === null ? 'not in the gold' : `gold ${node.gold}${node.goldName ? ` "${node.goldName}"` : ''}`;
  return `    ${node.label}${aliases}  ← ${gold}`;
}

function details(score: ExtractionScore): string {
  const section = (title: string, lines: string[]) => (lines.length ? [`  ${title} (${lines.length}):`, ...lines] : []);
  return [
    ...section('people missed', score.missedPeople.map(missLine)),
    ...section('organisations missed', score.missedOrganizations.map(missLine)),
    ...section('places typed person/organisation', score.placesLeaked.map((leak) => `    ${leak.place}  → ${leak.nodes.map(nodeRef).join(', ')}`)),
    ...section('person nodes that are no gold person', score.falsePersons.map(falseLine)),
    ...section('organisation nodes that are no gold organisation', score.falseOrganizations.map(falseLine)),
    ...section('concepts missed', score.missedConcepts.map(missLine)),
    ...section('largest concepts (+ gold)', [`    ${score.largestConcepts.map(({ label, gold }) => (gold ? `+${label}` : label)).join(', ')}`]),
    ...section('junk found', score.junkNodes.map((hit) => `    ${hit.junk}  → ${hit.nodes.map(nodeRef).join(', ')}`))
  ].join('\n');
}

async function evaluateGenre(folder: string, genre: string): Promise<GenreResult> {
  const goldPath = join(folder, GOLD_FILE);
  const gold = parseGold(JSON.parse(await readFile(goldPath, 'utf8')), goldPath);
  const corpus = await readCorpus(folder, () => {});
  const files = corpus.files.filter((file) => file.name !== GOLD_FILE);
  const { graph, warnings } = buildGraph({ files, metadata: corpus.metadata, lexicon: await loadLexicon(), fillerNouns: FILLER_NOUNS });
  for (const warning of [...corpus.warnings, ...warnings]) {
    console.error(`eval:unseen: warning: ${genre}/${warning.source}: ${warning.message}`);
  }
  const counts: Record<string, number> = {};
  for (const node of graph.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
  return { genre, texts: files.length, counts, score: scoreExtraction(graph, gold), shape: measureShape(graph) };
}

function sum(results: GenreResult[], figure: Figure): Ratio {
  return results.reduce((total, { score }) => ({ count: total.count + score[figure].count, total: total.total + score[figure].total }), { count: 0, total: 0 });
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        fixtures: { type: 'string', default: 'tests/fixtures/unseen-genres' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      },
      allowPositionals: false
    }));
  } catch (error) {
    console.error(`eval:unseen: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const entries = await readdir(values.fixtures, { withFileTypes: true });
  const genres = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (genres.length === 0) {
    console.error(`eval:unseen: ${values.fixtures}: no genre folder`);
    return 1;
  }
  const results: GenreResult[] = [];
  for (const genre of genres) {
    process.stderr.write(`eval:unseen: building ${genre}\n`);
    results.push(await evaluateGenre(join(values.fixtures, genre), genre));
  }

  for (const result of results) {
    const { concept = 0, person = 0, organization = 0 } = result.counts;
    console.log(`\n${result.genre}: ${result.texts} texts; nodes: ${concept} concepts, ${person} people, ${organization} organisations`);
    console.log(table(FIGURES.map(([figure, label]) => [label, result.score[figure]])));
    console.log(shapeLine([result.shape]));
    if (values.verbose) {
      const text = details(result.score);
      if (text) console.log(text);
    }
  }
  console.log(`\ntotal: ${results.length} genres, ${results.reduce((n, result) => n + result.texts, 0)} texts`);
  console.log(table(FIGURES.map(([figure, label]) => [label, sum(results, figure)])));
  console.log(shapeLine(results.map((result) => result.shape)));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval:unseen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
);
