/**
 * A slide as a standalone SVG string (1920×1080 for 16:9, 1440×1080 for 4:3): a title, the graph scene, and
 * under it the caption and evidence quotes, or the cluster legend when there is no caption. Colours come in
 * resolved (no CSS variables travel into PowerPoint or Keynote), every corpus text is XML-escaped, and the
 * same scene and text give the same bytes.
 */
import { mixHex } from '../graph/cluster-labels';
import { estimateTextWidth, type MeasureText } from '../graph/text-measure';
import type { SlideScene } from './slide-scene';

export const SLIDE_ASPECTS = ['16:9', '4:3'] as const;
export type SlideAspect = (typeof SLIDE_ASPECTS)[number];
export const SLIDE_SIZES: Record<SlideAspect, { width: number; height: number }> = {
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1440, height: 1080 }
};
/** Generic fallbacks last, so the picture keeps a sans-serif face where the page's font is missing. */
export const SLIDE_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export interface SlidePalette {
  bg: string;
  text: string;
  muted: string;
  edge: string;
  edgeActive: string;
  nodeStroke: string;
  accent: string;
}

export interface SlideText {
  title: string;
  caption: string;
  quotes: { text: string; source: string }[];
}

export interface SlideLayout {
  width: number;
  height: number;
  /** Pixels per 1080p pixel. */
  unit: number;
  graph: { x: number; y: number; width: number; height: number };
  title: { size: number; y: number };
  caption: { size: number; lines: string[]; y: number };
  quotes: { size: number; lines: string[]; source: string; y: number }[];
  legend: boolean;
}

const MAX_CAPTION_LINES = 3;
const MAX_QUOTE_LINES = 3;
const MAX_QUOTES = 2;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** Greedy word wrap to `maxWidth`; past `maxLines` the last line ends with an ellipsis. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, measure: MeasureText = estimateTextWidth): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, fontSize) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      // More words follow: the last line says so, without doubling its own punctuation.
      lines.push(`${lines.pop()!.replace(/[\s.,;:…]+$/, '')}…`);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Where the title, graph, caption and quotes go: the text sets its height, the graph takes the rest. */
export function layoutSlide(width: number, height: number, text: SlideText, measure: MeasureText = estimateTextWidth): SlideLayout {
  const unit = height / 1080;
  const pad = 64 * unit;
  const inner = width - 2 * pad;
  const title = { size: 52 * unit, y: pad + 44 * unit };
  const captionSize = 34 * unit;
  const caption = { size: captionSize, lines: text.caption.trim() ? wrapText(text.caption.trim(), inner, captionSize, MAX_CAPTION_LINES, measure) : [], y: 0 };
  const quoteSize = 28 * unit;
  const quotes = text.quotes.slice(0, MAX_QUOTES).map((quote) => ({
    size: quoteSize,
    lines: wrapText(`« ${quote.text.trim()} »`, inner, quoteSize, MAX_QUOTE_LINES, measure),
    source: quote.source,
    y: 0
  }));
  const legend = caption.lines.length === 0 && quotes.length === 0;
  // Bottom up: sources, quotes, caption.
  let bottom = height - pad;
  for (const quote of [...quotes].reverse()) {
    bottom -= 30 * unit + quote.lines.length * quote.size * 1.3;
    quote.y = bottom + quote.size;
    bottom -= 14 * unit;
  }
  if (caption.lines.length) {
    bottom -= caption.lines.length * captionSize * 1.3;
    caption.y = bottom + captionSize;
    bottom -= 10 * unit;
  }
  if (legend) bottom -= 40 * unit;
  const top = title.y + 28 * unit;
  return { width, height, unit, graph: { x: 0, y: top, width, height: Math.max(100 * unit, bottom - top) }, title, caption, quotes, legend };
}

const f = (n: number) => String(Math.round(n * 100) / 100);

function textLine(x: number, y: number, size: number, fill: string, text: string, extra = ''): string {
  return `<text x="${f(x)}" y="${f(y)}" font-size="${f(size)}" fill="${fill}"${extra}>${escapeXml(text)}</text>`;
}

function drawScene(scene: SlideScene, layout: SlideLayout, palette: SlidePalette, scale: number): string {
  const { transform: t } = scene;
  const out: string[] = [];
  out.push(`<g transform="translate(${f(t.x)},${f(t.y)}) scale(${f(t.k)})">`);
  for (const edge of scene.edges) {
    const stroke = edge.active ? palette.edgeActive : palette.edge;
    out.push(`<line x1="${f(edge.x1)}" y1="${f(edge.y1)}" x2="${f(edge.x2)}" y2="${f(edge.y2)}" stroke="${stroke}" stroke-opacity="${f(edge.opacity)}" stroke-width="${f(edge.width * scale)}" vector-effect="non-scaling-stroke"/>`);
  }
  for (const node of scene.nodes) {
    const stroke = node.selected ? `stroke="${palette.text}" stroke-width="${f(3 * scale)}"` : `stroke="${palette.nodeStroke}" stroke-width="${f(1.5 * scale)}"`;
    out.push(`<path d="${node.path}" transform="translate(${f(node.x)},${f(node.y)})" fill="${node.color}" ${stroke} vector-effect="non-scaling-stroke"${node.dim ? ' opacity="0.18"' : ''} data-node="${escapeXml(node.id)}"/>`);
  }
  out.push('</g>');
  const halo = `stroke="${palette.bg}" paint-order="stroke" stroke-linejoin="round" dominant-baseline="central"`;
  for (const label of scene.clusterLabels) {
    out.push(textLine(label.x, label.y, 13 * scale, mixHex(label.color, palette.text, 0.62), label.text, ` font-weight="600" text-anchor="middle" opacity="${f(0.78 * label.opacity)}" stroke-width="${f(4 * scale)}" ${halo}`));
  }
  for (const label of scene.labels) {
    const opacity = label.dim ? ' opacity="0.4"' : '';
    if (label.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      out.push(`<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${palette.text}" stroke-opacity="0.7" stroke-dasharray="${f(2 * scale)} ${f(2 * scale)}"${opacity}/>`);
    }
    out.push(textLine(label.x, label.y, 12 * scale, palette.text, label.text, ` text-anchor="${label.anchor}" stroke-width="${f(3 * scale)}" ${halo}${opacity}`));
  }
  return out.join('');
}

function drawLegend(scene: SlideScene, layout: SlideLayout, palette: SlidePalette, measure: MeasureText): string {
  const size = 24 * layout.unit;
  const pad = 64 * layout.unit;
  const y = layout.height - pad;
  let x = pad;
  const out: string[] = [];
  for (const cluster of scene.clusters) {
    const width = measure(cluster.label, size) + 48 * layout.unit;
    if (x + width > layout.width - pad) break;
    out.push(`<circle cx="${f(x + 10 * layout.unit)}" cy="${f(y - size * 0.35)}" r="${f(10 * layout.unit)}" fill="${cluster.color}"/>`);
    out.push(textLine(x + 28 * layout.unit, y, size, palette.muted, cluster.label));
    x += width;
  }
  return out.join('');
}

export function renderSlideSvg(scene: SlideScene, layout: SlideLayout, text: SlideText, palette: SlidePalette, scale: number, measure: MeasureText = estimateTextWidth): string {
  const { width, height, unit, graph } = layout;
  const pad = 64 * unit;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SLIDE_FONT)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.bg}"/>`,
    // The graph is a window on a larger drawing: clipped, or off-frame nodes spill over title and caption.
    `<clipPath id="graph-area"><rect width="${f(graph.width)}" height="${f(graph.height)}"/></clipPath>`,
    `<g transform="translate(${f(graph.x)},${f(graph.y)})"><g clip-path="url(#graph-area)">${drawScene(scene, layout, palette, scale)}</g></g>`,
    textLine(pad, layout.title.y, layout.title.size, palette.text, wrapText(text.title, width - 2 * pad, layout.title.size, 1, measure)[0] ?? '', ' font-weight="700"')
  ];
  layout.caption.lines.forEach((line, i) => parts.push(textLine(pad, layout.caption.y + i * layout.caption.size * 1.3, layout.caption.size, palette.text, line)));
  for (const quote of layout.quotes) {
    quote.lines.forEach((line, i) => parts.push(textLine(pad, quote.y + i * quote.size * 1.3, quote.size, palette.text, line, ' font-style="italic"')));
    parts.push(textLine(pad, quote.y + quote.lines.length * quote.size * 1.3 + 4 * unit, 22 * unit, palette.muted, `— ${quote.source}`));
  }
  if (layout.legend) parts.push(drawLegend(scene, layout, palette, measure));
  parts.push('</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parts.join('\n')}`;
}
