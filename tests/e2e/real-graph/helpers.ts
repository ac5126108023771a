// Serves the pipeline's real default graph (graph-data/graph.json) in place of the build's fixture, so one
// build serves both projects. The file is committed (and a unit test checks it is the current build), so it is
// always there. Assertions on it stay about meaning: the graph is rebuilt as the pipeline changes.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openExplorer, serveGraph } from '../helpers';

export const REAL_GRAPH_FILE = 'graph-data/graph.json';

export async function openRealGraph(page: Page, path = '/'): Promise<void> {
  await serveGraph(page, readFileSync(REAL_GRAPH_FILE, 'utf8'));
  await openExplorer(page, path);
}

type TextBox = { text: string; x0: number; y0: number; x1: number; y1: number };

/** Screen boxes of the SVG texts matching each selector (cluster names, node labels), read from one frame. */
export async function textBoxes<K extends string>(page: Page, selectors: Record<K, string>): Promise<Record<K, TextBox[]>> {
  return page.evaluate(
    (selectors) =>
      Object.fromEntries(
        Object.entries(selectors).map(([key, selector]) => [
          key,
          [...document.querySelectorAll(selector as string)].map((element) => {
            const box = element.getBoundingClientRect();
            return { text: element.textContent ?? '', x0: box.left, y0: box.top, x1: box.right, y1: box.bottom };
          })
        ])
      ),
    selectors as Record<string, string>
  ) as Promise<Record<K, TextBox[]>>;
}

export const intersects = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
