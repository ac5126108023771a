/** The site's lexicon file, absolute: the worker resolves addresses against its own script's. */
import { base } from '$app/paths';

export function lexiconUrl(): string {
  return new URL(`${base}/lexicon/lexicon.json`, location.href).href;
}
