/**
 * Slides from view state: a view (the explorer's, or a tour step applied to a fresh view state) framed on its
 * subject, in a chosen theme and aspect, with its title, caption and evidence. The explorer's own view is only
 * read, never changed, so drawing a tour's slides leaves the page (and its URL) alone.
 */
import { createTextMeasurer } from '../graph/text-measure';
import type { Theme, ViewState } from '../state/view-state.svelte';
import { buildSlideScene } from './slide-scene';
import { layoutSlide, renderSlideSvg, SLIDE_FONT, SLIDE_SIZES, type SlideAspect, type SlidePalette, type SlideText } from './slide-svg';

/** Labels and links at the presentation's size (its projector scale), per 1080p pixel. */
const SLIDE_SCALE = 1.8;

const PALETTE_VARIABLES: Record<keyof SlidePalette, string> = {
  bg: '--bg',
  text: '--text',
  muted: '--muted',
  edge: '--edge',
  edgeActive: '--edge-active',
  nodeStroke: '--node-stroke',
  accent: '--accent'
};

/** A theme's colours, read from the stylesheet through a detached element that carries the theme. */
export function readPalette(theme: Theme): SlidePalette {
  const probe = document.createElement('div');
  probe.dataset.theme = theme;
  probe.hidden = true;
  document.body.append(probe);
  try {
    const style = getComputedStyle(probe);
    return Object.fromEntries(Object.entries(PALETTE_VARIABLES).map(([key, name]) => [key, style.getPropertyValue(name).trim()])) as unknown as SlidePalette;
  } finally {
    probe.remove();
  }
}

export interface SlideOptions {
  aspect: SlideAspect;
  theme: Theme;
  text: SlideText;
  /** Node ids to frame; all visible nodes when empty. */
  subject: readonly string[];
}

export function buildSlide(view: ViewState, options: SlideOptions): { svg: string; width: number; height: number } {
  const { width, height } = SLIDE_SIZES[options.aspect];
  const measure = createTextMeasurer(SLIDE_FONT);
  const layout = layoutSlide(width, height, options.text, measure);
  const scale = SLIDE_SCALE * layout.unit;
  const scene = buildSlideScene(view, { width: layout.graph.width, height: layout.graph.height, subject: options.subject, scale, measure });
  return { svg: renderSlideSvg(scene, layout, options.text, readPalette(options.theme), scale, measure), width, height };
}

/** The nodes a view is about: the selection and its neighbours, a link's ends, a spotlight; else everything shown. */
export function viewSubject(view: ViewState): string[] {
  return view.highlighted ? [...view.highlighted].filter((id) => view.visibleNodes.has(id)) : [];
}

/** A view's title: the selected or focused node, else the app's name. */
export function viewTitle(view: ViewState): string {
  const focus = view.selectedNode?.label ?? (view.focus ? view.index.nodes.get(view.focus.node)?.label : undefined);
  return focus ? `${focus} · ${view.t('app.title')}` : view.t('app.title');
}
