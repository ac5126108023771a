/**
 * Benchmarks the built explorer in headless Chromium: time to first drawn graph, frame times while zooming and
 * panning and while the simulation runs, for the default graph and generated 1,000- and 5,000-node graphs,
 * plus the JavaScript the page ships (gzip, data excluded). Usage: `npm run bench:explorer [-- --no-build]`.
 * Frame times are the gaps between animation frames measured inside the page, so they include rendering.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { generateExplorerGraph } from './lib/generate-explorer-graph';
import { describeMachine } from './lib/machine-load';

// BENCH_PORT lets several checkouts benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const DEFAULT_GRAPH_FILE = 'graph-data/graph.json';
const URL_ROOT = `http://localhost:${PORT}/`;
const FRAMES = 120;
const TARGETS = { firstDrawMs: 1000, zoomP95Ms: 16.7, largeP95Ms: 33, jsKb: 150 };

interface Measure {
  graph: string;
  nodes: number;
  firstDrawMs: number;
  zoom: { median: number; p95: number };
  simulation: { median: number; p95: number };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const summarise = (frames: number[]) => ({ median: percentile(frames, 50), p95: percentile(frames, 95) });

/** Scripted wheel zoom in and out, then a drag pan, one input per animation frame, inside the page. */
async function measureZoomPan(page: Page): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const surface = document.querySelector<HTMLElement>('[role="application"]')!;
    const box = surface.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < frames; i++) {
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      const phase = i / frames;
      if (phase < 0.5) {
        surface.dispatchEvent(new WheelEvent('wheel', { deltaY: phase < 0.25 ? -40 : 40, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
      } else {
        const x = cx + (phase - 0.5) * 600;
        if (i === Math.ceil(frames / 2)) surface.dispatchEvent(new MouseEvent('mousedown', { clientX: cx, clientY: cy, button: 0, bubbles: true, view: window }));
        window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: cy, bubbles: true, view: window }));
      }
    }
    window.dispatchEvent(new MouseEvent('mouseup', { clientX: cx, clientY: cy, bubbles: true, view: window }));
    return gaps.slice(2);
  }, FRAMES);
}

async function measureFrames(page: Page): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < frames; i++) {
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    return gaps.slice(2);
  }, FRAMES);
}

async function measureGraph(page: Page, name: string, body: string | null): Promise<Measure> {
  await page.unrouteAll();
  if (body) await page.route('**/graph.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(URL_ROOT, { waitUntil: 'commit' });
  const firstDrawMs = await page.waitForFunction(
    () =>
      document.querySelector('svg[data-renderer] path[data-node], canvas[data-renderer]') &&
      new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    undefined,
    { timeout: 60_000, polling: 'raf' }
  );
  const drawn = (await firstDrawMs.jsonValue()) as number;
  const nodes = await page.evaluate(() => Number(document.querySelector('#graph-summary')?.textContent?.match(/\d+/)?.[0] ?? 0));
  await page.waitForTimeout(3000); // let the opening simulation settle before measuring the camera alone
  const zoom = summarise(await measureZoomPan(page));
  await page.getByRole('button', { name: /Relancer la disposition|Re-run layout/ }).click();
  const simulation = summarise(await measureFrames(page));
  return { graph: name, nodes, firstDrawMs: drawn, zoom, simulation };
}

/** Gzip size of every script the page loads, read from the build so the figure does not depend on the server. */
async function shippedJavaScript(page: Page): Promise<number> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path);
  });
  await page.goto(URL_ROOT, { waitUntil: 'networkidle' });
  page.removeAllListeners('request');
  const bytes = [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join('build', path))).length, 0);
  return bytes / 1024;
}

/** The preview server's start-up time varies with the machine's load: poll until it answers. */
async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`bench: no server answered at ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(URL_ROOT);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const jsKb = await shippedJavaScript(page);
    // The pipeline's default graph, served directly so the figure holds whatever graph the last build embedded.
    const defaultGraph = existsSync(DEFAULT_GRAPH_FILE) ? readFileSync(DEFAULT_GRAPH_FILE, 'utf8') : null;
    const results = [await measureGraph(page, defaultGraph ? `default (${DEFAULT_GRAPH_FILE})` : 'default (built-in graph.json)', defaultGraph)];
    for (const size of [1000, 5000]) results.push(await measureGraph(page, `generated ${size}`, JSON.stringify(generateExplorerGraph(size))));
    await browser.close();

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log('\nbench:explorer (1280×800, headless Chromium)');
    console.log(`${describeMachine()} (at the end of the run)`);
    console.table(
      results.map((r) => ({
        graph: r.graph,
        nodes: r.nodes,
        'first draw': ms(r.firstDrawMs),
        'zoom/pan median': ms(r.zoom.median),
        'zoom/pan p95': ms(r.zoom.p95),
        'simulation median': ms(r.simulation.median),
        'simulation p95': ms(r.simulation.p95)
      }))
    );
    console.log(`JavaScript shipped: ${jsKb.toFixed(1)} KB gzip (target ≤ ${TARGETS.jsKb} KB)`);
    const [main, , large] = results;
    const verdicts = [
      [`default first draw ≤ ${TARGETS.firstDrawMs} ms`, main.firstDrawMs <= TARGETS.firstDrawMs],
      [`default zoom p95 ≤ ${TARGETS.zoomP95Ms} ms`, main.zoom.p95 <= TARGETS.zoomP95Ms],
      [`5,000 nodes zoom p95 ≤ ${TARGETS.largeP95Ms} ms`, large.zoom.p95 <= TARGETS.largeP95Ms],
      [`JavaScript ≤ ${TARGETS.jsKb} KB gzip`, jsKb <= TARGETS.jsKb]
    ] as const;
    for (const [name, ok] of verdicts) console.log(`${ok ? 'meets' : 'MISSES'}: ${name}`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
