// The e2e sample graph, parsed: a hand-checked French graph shared by the explorer's unit tests.
import { readFileSync } from 'node:fs';
import { parseGraphData } from '../../../src/lib/graph/schema';

export const SAMPLE = parseGraphData(JSON.parse(readFileSync('tests/e2e/fixtures/sample-graph.json', 'utf8')));
