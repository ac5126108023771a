/**
 * Benchmarks the built explorer in headless Chromium, side by side with a naive d3 + canvas full redraw of a
 * stochastic block model graph of the same node and link count (scripts/lib/explorer-baseline.html), for the
 * default graph and generated graphs of 1,000, 5,000 and 10,000 nodes: main-thread time per zoom frame once
 * the simulation has settled and while it runs, frame times, hover and click latency, time to first drawn
 * graph and the JavaScript the page ships (gzip, data excluded). Usage: `npm run bench:explorer [-- --no-build] [--sizes 1000,5000]`
 * (`--sizes ''`: the default graph alone).
 * Main-thread time is Chromium's own task accounting (CDP Performance.getMetrics), so it does not depend on
 * the display's frame rate; frame times are the gaps between animation frames measured inside the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type CDPSession, type Page } from 'playwright-core';
import { launchChromium, serveBuiltSite } from './lib/bench-site';
import { generateExplorerGraph } from './lib/generate-explorer-graph';
import { describeMachine } from './lib/machine-load';

// BENCH_PORT lets several checkouts benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const DEFAULT_GRAPH_FILE = 'graph-data/graph.json';
const URL_ROOT = `http://localhost:${PORT}/`;
const BASELINE_ROOT = `${URL_ROOT}__baseline/`;
const BASELINE_PAGE = 'scripts/lib/explorer-baseline.html';
const D3_UMD = ['d3-dispatch', 'd3-quadtree', 'd3-timer', 'd3-force', 'd3-selection', 'd3-color', 'd3-interpolate', 'd3-ease', 'd3-transition', 'd3-drag', 'd3-zoom'];
const FRAMES = 120;
/** `--sizes 1000,5000` or `--sizes ''` (the default graph alone): which generated graphs to measure. */
const sizesArgument = process.argv.indexOf('--sizes');
const SIZES =
  sizesArgument === -1
    ? [1000, 5000, 10000]
    : (process.argv[sizesArgument + 1] ?? '').split(',').filter(Boolean).map(Number);
const TARGETS = { firstDrawMs: 1000, zoomP95Ms: 16.7, hugeP95Ms: 50, latencyMs: 50, jsKb: 150 };

interface Zoom {
  /** Main-thread milliseconds per zoom or pan frame. */
  busy: number;
  median: number;
  p95: number;
}

interface Measure {
  graph: string;
  nodes: number;
  links: number;
  firstDrawMs: number;
  zoom: Zoom;
  /** Zooming while the simulation runs. */
  running: Zoom;
  hover?: number[];
  click?: number[];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const taskMs = async (cdp: CDPSession) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN) * 1000;
};

/**
 * Scripted wheel zoom in and out, then a drag pan from an empty spot (one the page's cursor does not mark as
 * a node, so no node is dragged), one input per animation frame, inside the page.
 */
async function measureZoomPan(page: Page, cdp: CDPSession): Promise<Zoom> {
  // On a spiral from the centre, as far as needed: a pan that starts on a node drags it and reheats the
  // simulation, which would be measured as the camera's cost. The search hovers nodes on its way, so it is
  // done before the main thread's time starts counting.
  const start = await page.evaluate(async () => {
    const surface = document.querySelector<HTMLElement>('[role="application"]')!;
    const box = surface.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    let found: [number, number] = [cx, cy];
    for (let step = 0; step < 3000; step++) {
      const [angle, radius] = [step * 0.5, step * 0.9];
      const [x, y] = [cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius];
      if (x < box.left + 20 || x > box.right - 20 || y < box.top + 20 || y > box.bottom - 20) continue;
      surface.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve));
      if (surface.style.cursor !== 'pointer') {
        found = [x, y];
        break;
      }
    }
    surface.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    // Two frames for the hover's last emphasis to clear.
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    return found;
  });
  const before = await taskMs(cdp);
  const gaps = await page.evaluate(
    async ([frames, [px, py]]) => {
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
          const x = px + (phase - 0.5) * 600;
          if (i === Math.ceil(frames / 2)) surface.dispatchEvent(new MouseEvent('mousedown', { clientX: px, clientY: py, button: 0, bubbles: true, view: window }));
          window.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: py, bubbles: true, view: window }));
        }
      }
      window.dispatchEvent(new MouseEvent('mouseup', { clientX: px, clientY: py, bubbles: true, view: window }));
      return gaps.slice(2);
    },
    [FRAMES, start] as const
  );
  const busy = (await taskMs(cdp)) - before;
  return { busy: busy / FRAMES, median: percentile(gaps, 50), p95: percentile(gaps, 95) };
}

/**
 * Hover and click latency: from the input event to the frame that shows its effect (after the next animation
 * frame, once the page has painted), over nodes found by the page's own cursor on a spiral from the centre.
 * The click is a whole click (mousedown, mouseup, click), as a person's is.
 */
async function measureLatency(page: Page, samples = 5): Promise<{ hover: number[]; click: number[] }> {
  return page.evaluate(async (samples) => {
    const surface = document.querySelector<HTMLElement>('[role="application"]')!;
    const box = surface.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
    const move = (x: number, y: number) => surface.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
    const found: [number, number][] = [];
    for (let step = 0; step < 3000 && found.length < samples; step++) {
      const [angle, radius] = [step * 0.5, 20 + step * 0.9];
      const [x, y] = [cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius];
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
      move(x, y);
      await new Promise((resolve) => setTimeout(resolve));
      if (surface.style.cursor === 'pointer' && found.every(([fx, fy]) => Math.hypot(fx - x, fy - y) > 40)) found.push([x, y]);
    }
    const hover: number[] = [];
    const click: number[] = [];
    for (const [x, y] of found) {
      surface.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
      await painted();
      await painted();
      let start = performance.now();
      move(x, y);
      hover.push((await painted()) - start);
      await painted();
      start = performance.now();
      const init = { clientX: x, clientY: y, button: 0, bubbles: true, cancelable: true, view: window };
      surface.dispatchEvent(new MouseEvent('mousedown', init));
      window.dispatchEvent(new MouseEvent('mouseup', init));
      surface.dispatchEvent(new MouseEvent('click', init));
      click.push((await painted()) - start);
      await new Promise((resolve) => setTimeout(resolve, 300));
      surface.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    surface.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    return { hover, click };
  }, samples);
}

/** Until the picture says it has settled (aria-busy, which the explorer and the baseline both keep). */
async function settled(page: Page) {
  await page.waitForFunction(() => document.querySelector('[role="application"]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 180_000, polling: 100 });
}

async function measureGraph(page: Page, cdp: CDPSession, name: string, url: string, latency: boolean): Promise<Measure> {
  await page.goto(url, { waitUntil: 'commit' });
  const firstDrawMs = await page.waitForFunction(
    () =>
      document.querySelector('svg[data-renderer] path[data-node], canvas[data-renderer], canvas[role="application"]') &&
      new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    undefined,
    { timeout: 120_000, polling: 'raf' }
  );
  const drawn = (await firstDrawMs.jsonValue()) as number;
  const [nodes, links] = await page.evaluate(() => (document.querySelector('#graph-summary')?.textContent?.match(/\d+/g) ?? ['0', '0']).map(Number));
  await settled(page);
  const zoom = await measureZoomPan(page, cdp);
  await settled(page);
  const measured = latency ? await measureLatency(page) : undefined;
  await settled(page);
  await page.getByRole('button', { name: /Relancer la disposition|Re-run layout/ }).click();
  const running = await measureZoomPan(page, cdp);
  return { graph: name, nodes, links, firstDrawMs: drawn, zoom, running, ...measured };
}

/** Serves the baseline page and d3's UMD builds from this checkout, under the explorer's origin. */
async function serveBaseline(page: Page) {
  await page.route(`${BASELINE_ROOT}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice('/__baseline/'.length);
    const d3 = path.match(/^d3\/(d3-[a-z]+)\.js$/)?.[1];
    if (d3 && D3_UMD.includes(d3)) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join('node_modules', d3, 'dist', `${d3}.min.js`), 'utf8') });
    if (path === 'index.html') return route.fulfill({ contentType: 'text/html', body: readFileSync(BASELINE_PAGE, 'utf8') });
    return route.fulfill({ status: 404 });
  });
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

async function main() {
  const stopServer = await serveBuiltSite(PORT);
  try {
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    // tsx keeps function names with an `__name` helper that the functions run inside the page do not have.
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const jsKb = await shippedJavaScript(page);
    // The pipeline's default graph, served directly so the figure holds whatever graph the last build embedded.
    const defaultGraph = existsSync(DEFAULT_GRAPH_FILE) ? readFileSync(DEFAULT_GRAPH_FILE, 'utf8') : null;
    const graphs = [
      { name: defaultGraph ? `default (${DEFAULT_GRAPH_FILE})` : 'default (built-in graph.json)', body: defaultGraph },
      ...SIZES.map((size) => ({ name: `generated ${size}`, body: JSON.stringify(generateExplorerGraph(size)) }))
    ];
    const pairs: { explorer: Measure; baseline: Measure }[] = [];
    for (const { name, body } of graphs) {
      await page.unrouteAll();
      if (body) await page.route('**/graph.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      const explorer = await measureGraph(page, cdp, name, URL_ROOT, name === 'generated 5000');
      await page.unrouteAll();
      await serveBaseline(page);
      const baseline = await measureGraph(page, cdp, `baseline ${explorer.nodes}`, `${BASELINE_ROOT}index.html?nodes=${explorer.nodes}&links=${explorer.links}`, false);
      pairs.push({ explorer, baseline });
    }
    await browser.close();

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log('\nbench:explorer (1280×800, headless Chromium); baseline: naive d3 + canvas full redraw, SBM graph of the same size');
    console.log(`${describeMachine()} (at the end of the run)`);
    console.log('\nMain-thread time per zoom/pan frame, explorer vs baseline (ratio ≤ 1 is the target at 1,000 and 5,000 nodes):');
    console.table(
      pairs.map(({ explorer: e, baseline: b }) => ({
        graph: e.graph,
        nodes: e.nodes,
        links: `${e.links} / ${b.links}`,
        'settled: explorer': ms(e.zoom.busy),
        'settled: baseline': ms(b.zoom.busy),
        'settled: ratio': ratio(e.zoom.busy, b.zoom.busy),
        'running: explorer': ms(e.running.busy),
        'running: baseline': ms(b.running.busy),
        'running: ratio': ratio(e.running.busy, b.running.busy)
      }))
    );
    console.log('Frame times (capped at the display rate), explorer | baseline:');
    console.table(
      pairs.map(({ explorer: e, baseline: b }) => ({
        graph: e.graph,
        'first draw': `${ms(e.firstDrawMs)} | ${ms(b.firstDrawMs)}`,
        'zoom median': `${ms(e.zoom.median)} | ${ms(b.zoom.median)}`,
        'zoom p95': `${ms(e.zoom.p95)} | ${ms(b.zoom.p95)}`,
        'running median': `${ms(e.running.median)} | ${ms(b.running.median)}`,
        'running p95': `${ms(e.running.p95)} | ${ms(b.running.p95)}`
      }))
    );
    const bySize = (nodes: number) => pairs.find((pair) => pair.explorer.graph === `generated ${nodes}`);
    const worst = (values: number[] = []) => (values.length ? Math.max(...values) : NaN);
    const list = (values: number[] = []) => values.map((value) => value.toFixed(0)).join(', ');
    const five = bySize(5000)?.explorer;
    if (five) console.log(`Hover at 5,000 nodes: ${list(five.hover)} ms (worst ${ms(worst(five.hover))}); click: ${list(five.click)} ms (worst ${ms(worst(five.click))})`);
    console.log(`JavaScript shipped: ${jsKb.toFixed(1)} KB gzip (target ≤ ${TARGETS.jsKb} KB)`);
    const main = pairs[0];
    const [thousand, tenThousand] = [bySize(1000), bySize(10000)];
    // Only the sizes this run measured get a verdict (`--sizes` may leave some out).
    const verdicts: (readonly [string, boolean])[] = [
      [`default first draw ≤ ${TARGETS.firstDrawMs} ms`, main.explorer.firstDrawMs <= TARGETS.firstDrawMs],
      [`default zoom p95 ≤ ${TARGETS.zoomP95Ms} ms`, main.explorer.zoom.p95 <= TARGETS.zoomP95Ms],
      ...(thousand ? ([['1,000 nodes: main thread per zoom frame ≤ baseline', thousand.explorer.zoom.busy <= thousand.baseline.zoom.busy]] as const) : []),
      ...(five
        ? ([
            ['5,000 nodes: main thread per zoom frame ≤ baseline', five.zoom.busy <= bySize(5000)!.baseline.zoom.busy],
            [`5,000 nodes: hover and click ≤ ${TARGETS.latencyMs} ms`, Math.max(worst(five.hover), worst(five.click)) <= TARGETS.latencyMs]
          ] as const)
        : []),
      ...(tenThousand ? ([[`10,000 nodes zoom p95 ≤ ${TARGETS.hugeP95Ms} ms`, tenThousand.explorer.zoom.p95 <= TARGETS.hugeP95Ms]] as const) : []),
      [`JavaScript ≤ ${TARGETS.jsKb} KB gzip`, jsKb <= TARGETS.jsKb]
    ];
    for (const [name, ok] of verdicts) console.log(`${ok ? 'meets' : 'MISSES'}: ${name}`);
  } finally {
    stopServer();
  }
}

await main();
