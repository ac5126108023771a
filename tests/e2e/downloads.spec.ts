// The explorer's Download menu: the graph on screen in the CLI's formats, each file readable.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { fixture, openExplorer } from './helpers';

const graph = JSON.parse(fixture('sample-graph.json')) as { nodes: unknown[]; edges: unknown[] };

async function downloadFile(page: Page, name: string): Promise<string> {
  await page.getByText('Télécharger', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  expect(file.suggestedFilename()).toBe(name);
  return readFileSync((await file.path())!, 'utf8');
}

/** Element names of a well-formed XML document (saxes throws on anything else). */
function xmlElements(text: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => names.push(tag.name));
  parser.write(text).close();
  return names;
}

test('GEXF and GraphML downloads are XML holding every node', async ({ page }) => {
  await openExplorer(page);
  for (const name of ['graph.gexf', 'graph.graphml']) {
    const nodes = xmlElements(await downloadFile(page, name)).filter((element) => element === 'node');
    expect(nodes, name).toHaveLength(graph.nodes.length);
  }
});

test('CSV downloads have a header and one row per node or link; graph.json is the graph', async ({ page }) => {
  await openExplorer(page);
  const lines = (text: string) => text.split(/\r?\n/).filter((line) => line !== '');
  const nodes = lines(await downloadFile(page, 'nodes.csv'));
  expect(nodes[0]).toMatch(/^id,/);
  expect(nodes).toHaveLength(graph.nodes.length + 1);
  const edges = lines(await downloadFile(page, 'edges.csv'));
  expect(edges).toHaveLength(graph.edges.length + 1);
  const json = JSON.parse(await downloadFile(page, 'graph.json'));
  expect(json.nodes).toHaveLength(graph.nodes.length);
});
