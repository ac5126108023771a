/**
 * Every step of a tour as a numbered picture, in one zip (`01-<slug>.svg`, `02-…`) for a slide deck. Each step
 * is shown in the explorer with `applyStep`, drawn, and exported as the SVG or PNG buttons would; the view is
 * put back as it was afterwards, and the URL does not follow the steps meanwhile. The zip is built in the
 * browser with fflate.
 */
import { tick } from 'svelte';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { rasterise } from '../explorer/export/export-view';
import { pictureOfView } from '../explorer/export/view-picture';
import type { ViewState } from '../explorer/state/view-state.svelte';
import { applyStep } from './apply-step';
import type { TourStep } from './schema';

export const SLIDE_FORMATS = ['svg', 'png'] as const;
export type SlideFormat = (typeof SLIDE_FORMATS)[number];

/** ASCII file-name fragment: accents dropped (é → e), œ/æ spelled out, anything else becomes a dash. */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'etape';
}

/** `01-title.svg`: numbered from 1, padded to at least two digits so the files sort in step order. */
export function slideName(index: number, total: number, title: string, format: SlideFormat): string {
  const number = String(index + 1).padStart(Math.max(2, String(total).length), '0');
  return `${number}-${slugifyTitle(title)}.${format}`;
}

/** Svelte renders on the next microtask, the zoom transform lands on the next frame: wait for both. */
async function settle(): Promise<void> {
  await tick();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * The zip's bytes. A step drawn on canvas (too many visible nodes) has no SVG to export and is left out; the
 * others keep their step number. PNGs are stored without recompression (they are compressed already).
 */
export async function buildTourSlides(view: ViewState, steps: readonly TourStep[], format: SlideFormat, appTitle: string): Promise<Uint8Array> {
  const before = { ...view.urlView, viewport: { ...view.transform } };
  const files: Zippable = {};
  // The steps are shown for the camera, not the reader: they must not become history entries.
  const resumeUrlWrites = view.pauseUrlWrites();
  try {
    for (const [index, step] of steps.entries()) {
      applyStep(view, step);
      await settle();
      const built = pictureOfView(view, step.title ? `${step.title} · ${appTitle}` : appTitle);
      if (!built) continue;
      const name = slideName(index, steps.length, step.title || step.caption, format);
      if (format === 'svg') files[name] = strToU8(built.svg);
      else files[name] = [new Uint8Array(await (await rasterise(built.svg, built.width, built.height, 2)).arrayBuffer()), { level: 0 }];
    }
  } finally {
    view.setSpotlight(null);
    view.applyUrlView(before);
    resumeUrlWrites();
  }
  return zipSync(files);
}
