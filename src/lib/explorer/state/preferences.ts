/**
 * Interface language, theme and label density: the browser's preference first, then what the person chose, remembered in
 * localStorage. Storage may be unavailable (private modes, sandboxed frames), so every access is guarded.
 */
import { LABEL_DENSITIES, type LabelDensity } from '../graph/label-placement';
import { pickLanguage, type Language, LANGUAGES } from '../i18n/messages';
import type { Theme } from './view-state.svelte';

const LANGUAGE_KEY = 'explorer.language';
const THEME_KEY = 'explorer.theme';
const DENSITY_KEY = 'explorer.labelDensity';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function loadPreferences(): { language: Language; theme: Theme; labelDensity: LabelDensity } {
  const storedLanguage = read(LANGUAGE_KEY);
  const storedDensity = read(DENSITY_KEY);
  const labelDensity = (LABEL_DENSITIES as readonly string[]).includes(storedDensity ?? '') ? (storedDensity as LabelDensity) : 'medium';
  const storedTheme = read(THEME_KEY);
  const language = (LANGUAGES as readonly string[]).includes(storedLanguage ?? '')
    ? (storedLanguage as Language)
    : pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
  const prefersDark = typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;
  const theme: Theme = storedTheme === 'dark' || storedTheme === 'light' ? storedTheme : prefersDark ? 'dark' : 'light';
  return { language, theme, labelDensity };
}

export function savePreferences(language: Language, theme: Theme, labelDensity: LabelDensity = 'medium'): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
    localStorage.setItem(THEME_KEY, theme);
    localStorage.setItem(DENSITY_KEY, labelDensity);
  } catch {
    // Not remembered then; the choice still applies to this visit.
  }
}

/** Applies theme and language to the document so CSS and screen readers follow them. */
export function applyToDocument(language: Language, theme: Theme): void {
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
}
