/**
 * Every step of a tour as a numbered slide, in one zip (`01-<slug>.svg`, `02-…`) for a slide deck. Each step is
 * applied to a fresh view state and drawn from it (see slide-picture.ts): the explorer's own view and URL are
 * left alone, and a slide shows its own step's emphasis, never a fade from the previous one. The zip is built
 * in the browser with fflate.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { rasterise } from '../explorer/export/export-view';
import { slugifyTitle } from '../explorer/export/file-name';
import { buildSlide } from '../explorer/export/slide-picture';
import { evidenceQuotes } from '../explorer/graph/evidence-quotes';
import type { SlideAspect, SlideText } from '../explorer/export/slide-svg';
import { ViewState, type Theme } from '../explorer/state/view-state.svelte';
import { applyStep, stepSubject } from './apply-step';
import type { TourStep } from './schema';

export { slugifyTitle };

export const SLIDE_FORMATS = ['svg', 'png'] as const;
export type SlideFormat = (typeof SLIDE_FORMATS)[number];

/** `01-title.svg`: numbered from 1, padded to at least two digits so the files sort in step order. */
export function slideName(index: number, total: number, title: string, format: SlideFormat): string {
  const number = String(index + 1).padStart(Math.max(2, String(total).length), '0');
  return `${number}-${slugifyTitle(title)}.${format}`;
}

export interface SlideDeckOptions {
  aspect: SlideAspect;
  theme: Theme;
}

/** A step's slide text: its title, caption and evidence quotes (a run of sentences as one) with their article's title. */
export function stepText(view: ViewState, step: TourStep): SlideText {
  const quotes = evidenceQuotes(view.index, step.evidence, []).map((quote) => ({ text: quote.text, source: quote.document?.title ?? '' }));
  return { title: step.title || view.t('tour.default.title'), caption: step.caption, quotes };
}

/** The zip's bytes. PNGs are stored without recompression (they are compressed already). */
export async function buildTourSlides(view: ViewState, steps: readonly TourStep[], format: SlideFormat, options: SlideDeckOptions): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const [index, step] of steps.entries()) {
    const stepView = new ViewState(view.index.graph, { language: view.language });
    applyStep(stepView, step);
    const built = buildSlide(stepView, { ...options, text: stepText(stepView, step), subject: stepSubject(stepView, step) });
    const name = slideName(index, steps.length, step.title || step.caption, format);
    if (format === 'svg') files[name] = strToU8(built.svg);
    else files[name] = [new Uint8Array(await (await rasterise(built.svg, built.width, built.height, 1)).arrayBuffer()), { level: 0 }];
  }
  return zipSync(files);
}
