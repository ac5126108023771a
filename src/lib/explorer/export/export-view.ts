/**
 * The current view as a picture for slides: the SVG the explorer draws, made standalone (computed styles
 * inlined, since the page's CSS and theme variables do not travel), with a title above and the cluster
 * legend below; and the same picture rasterised as PNG at 2x. Built with DOM calls and XMLSerializer, so
 * corpus text in labels is escaped and the file is well-formed XML.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Generic fallbacks last, so the picture keeps a sans-serif face where the page's font is missing. */
const FONT_STACK = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'paint-order', 'stroke-linejoin', 'text-anchor', 'dominant-baseline', 'font-weight'];
const HEADER = 44;
const LEGEND_ROW = 22;

export interface LegendEntry {
  label: string;
  color: string;
}

export interface ExportOptions {
  title: string;
  legend: LegendEntry[];
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Legend items laid out in rows across the width; returns the group and its height. */
function buildLegend(entries: LegendEntry[], width: number, color: string): { group: SVGElement; height: number } {
  const group = element('g', { class: 'legend', 'font-size': 13, fill: color });
  let [x, y] = [16, 0];
  for (const entry of entries) {
    const itemWidth = 26 + entry.label.length * 7.5;
    if (x + itemWidth > width - 16 && x > 16) [x, y] = [16, y + LEGEND_ROW];
    group.append(element('circle', { cx: x + 6, cy: y + 11, r: 6, fill: entry.color }));
    group.append(element('text', { x: x + 18, y: y + 15 }, entry.label));
    x += itemWidth;
  }
  return { group, height: entries.length ? y + LEGEND_ROW + 10 : 0 };
}

export function buildStandaloneSvg(source: SVGSVGElement, options: ExportOptions): { svg: string; width: number; height: number } {
  const page = getComputedStyle(source);
  const background = getComputedStyle(document.body).backgroundColor;
  const textColor = page.color;
  const width = Math.round(source.clientWidth || Number(source.getAttribute('width')));
  const graphHeight = Math.round(source.clientHeight || Number(source.getAttribute('height')));

  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = source.querySelectorAll('*');
  clone.querySelectorAll('*').forEach((copy, index) => {
    const style = getComputedStyle(originals[index]);
    copy.setAttribute('style', STYLE_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'));
    copy.removeAttribute('class');
  });

  const legend = buildLegend(options.legend, width, textColor);
  const height = HEADER + graphHeight + legend.height;
  const root = element('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_STACK });
  root.append(element('title', {}, options.title));
  root.append(element('rect', { width, height, fill: background }));
  root.append(element('text', { x: 16, y: 29, 'font-size': 20, 'font-weight': 600, fill: textColor }, options.title));
  // The view is a window on a larger drawing: clip it, or off-screen nodes spill over title and legend.
  const clip = element('clipPath', { id: 'graph-area' });
  clip.append(element('rect', { width, height: graphHeight }));
  root.append(clip);
  const frame = element('g', { transform: `translate(0,${HEADER})` });
  const graph = element('g', { 'clip-path': 'url(#graph-area)' });
  graph.append(...Array.from(clone.childNodes));
  frame.append(graph);
  root.append(frame);
  legend.group.setAttribute('transform', `translate(0,${HEADER + graphHeight})`);
  root.append(legend.group);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

export async function rasterise(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export: the PNG could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
