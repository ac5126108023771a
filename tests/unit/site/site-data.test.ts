/**
 * What `npm run build` ships: the graph and tour are checked first (a broken file fails the build, naming the
 * file and field), an explicit TOUR_FILE must exist, and the build's version comes from its inputs, so the same
 * checkout builds the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteTourFile, siteVersion } from '../../../scripts/lib/site-files.js';
import { readSiteData } from '../../../src/lib/site/site-data';
import svelteConfig from '../../../svelte.config.js';

const FIXTURE = 'tests/e2e/fixtures/sample-graph.json';
const saved = { GRAPH_FILE: process.env.GRAPH_FILE, TOUR_FILE: process.env.TOUR_FILE };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

function fileWith(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'site-data-')), name);
  writeFileSync(path, content);
  return path;
}

describe('the data a site build ships', () => {
  it('is the graph and tour files as they are, once checked', () => {
    process.env.GRAPH_FILE = FIXTURE;
    const tour = fileWith('tour.json', JSON.stringify({ steps: [{ caption: 'Vue d’ensemble', cluster: 'c0' }] }));
    process.env.TOUR_FILE = tour;
    expect(readSiteData()).toEqual({ graph: readFileSync(FIXTURE, 'utf8'), tour: readFileSync(tour, 'utf8') });
  });

  it.each([
    { name: 'a truncated graph', graph: '{"schemaVersion":1,"meta"', message: /graph\.json: the graph file is not valid JSON/ },
    {
      name: 'a graph with a duplicated edge',
      graph: (() => {
        const graph = JSON.parse(readFileSync(FIXTURE, 'utf8'));
        graph.edges.push(graph.edges[0]);
        return JSON.stringify(graph);
      })(),
      message: /graph\.json: graph: edges\[\d+\]\.id ".+" is listed twice/
    }
  ])('refuses $name, naming the file and field', ({ graph, message }) => {
    process.env.GRAPH_FILE = fileWith('graph.json', graph);
    expect(() => readSiteData()).toThrow(message);
  });

  it('refuses a tour that names what the graph lacks, naming the step', () => {
    process.env.GRAPH_FILE = FIXTURE;
    process.env.TOUR_FILE = fileWith('tour.json', JSON.stringify({ steps: [{ caption: 'a' }, { caption: 'b', focus: 'concept:absent' }] }));
    expect(() => readSiteData()).toThrow(/tour\.json: steps\[1\]\.focus names unknown node "concept:absent"/);
  });

  it('refuses an explicit TOUR_FILE that does not exist; TOUR_FILE= means no tour file', () => {
    process.env.TOUR_FILE = 'graph-data/tuor.json';
    expect(() => siteTourFile()).toThrow('TOUR_FILE=graph-data/tuor.json: tour file not found');
    process.env.TOUR_FILE = '';
    expect(siteTourFile()).toBeNull();
  });
});

describe('the site version', () => {
  it('is what svelte.config.js gives SvelteKit: a hash of the inputs, not a timestamp', () => {
    expect(svelteConfig.kit?.version?.name).toBe(siteVersion());
    expect(siteVersion()).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is the same for the same inputs and changes with the graph', () => {
    process.env.GRAPH_FILE = FIXTURE;
    const version = siteVersion();
    expect(siteVersion()).toBe(version);
    process.env.GRAPH_FILE = fileWith('graph.json', readFileSync(FIXTURE, 'utf8').replace('"modularity":', '"modularity": '));
    expect(siteVersion()).not.toBe(version);
  });
});

describe('npm run build', () => {
  it('fails on a broken tour, naming it, rather than shipping the site', () => {
    const tour = fileWith('tour.json', JSON.stringify({ steps: [{ caption: 'a', node: 'person:personne' }] }));
    // The whole build command, as a user runs it: its first step (the offline template) already reads the tour.
    const result = spawnSync('npm', ['run', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, GRAPH_FILE: FIXTURE, TOUR_FILE: tour }
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(`${tour}: steps[0].node names unknown node "person:personne"`);
  }, 240_000);
});
