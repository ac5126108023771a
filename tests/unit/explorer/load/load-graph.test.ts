import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../../src/lib/explorer/load/load-graph';
import { SAMPLE } from '../fixture';

const respond = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('loadGraph', () => {
  it('returns the parsed graph', async () => {
    const result = await loadGraph(respond(JSON.stringify(SAMPLE)), '/graph.json');
    expect(result.failure).toBeNull();
    expect(result.graph?.nodes).toHaveLength(SAMPLE.nodes.length);
  });

  it.each([
    { name: 'a missing file', fetcher: respond('not found', 404), expected: { reason: 'fetch', status: 404 } },
    { name: 'a network failure', fetcher: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, expected: { reason: 'network', message: 'Failed to fetch' } },
    { name: 'truncated JSON', fetcher: respond('{"schemaVersion": 1, "nodes": ['), expected: { reason: 'json' } },
    { name: 'a newer schema', fetcher: respond(JSON.stringify({ ...SAMPLE, schemaVersion: 99 })), expected: { reason: 'schema', message: expect.stringContaining('schemaVersion 99 is newer') } },
    { name: 'a wrong field', fetcher: respond(JSON.stringify({ ...SAMPLE, nodes: [{ ...SAMPLE.nodes[0], x: 'au milieu' }] })), expected: { reason: 'schema', message: expect.stringContaining('nodes[0].x') } }
  ])('reports $name as data naming the file', async ({ fetcher, expected }) => {
    const result = await loadGraph(fetcher, '/graph.json');
    expect(result.graph).toBeNull();
    expect(result.failure).toMatchObject({ file: '/graph.json', ...expected });
  });
});
