/**
 * Puts a graph and its tour into the offline template: the offline single file without data, which carries
 * two empty JSON script elements (the slots) as the first scripts of its head. The same function fills it
 * for `npm run export:html` and for the explorer's download, so both make the same file. Pure: no DOM, no
 * Node API.
 */
export const GRAPH_SLOT_ID = 'explorer-offline-graph';
export const TOUR_SLOT_ID = 'explorer-offline-tour';

const slot = (id: string, json = '') => `<script type="application/json" id="${id}">${json}</script>`;

/** What scripts/export-html.ts writes into the template's head. */
export const EMPTY_SLOTS = slot(GRAPH_SLOT_ID) + slot(TOUR_SLOT_ID);

/**
 * JSON that HTML's script-data states read as plain text: `<`, `>` and `&` only occur inside JSON strings, where
 * `\u003c` means the same character, so a passage holding `</script>` or `<!--` cannot end the element or
 * change how the parser reads it, and the text parses back unchanged. U+2028 and U+2029 are escaped too, so
 * the text would stay valid if a script ever read it as JavaScript.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export class OfflineTemplateError extends Error {}

/** The template with the graph and tour (null: none, the file builds the default tour) in its slots. */
export function embedOfflineData(template: string, data: { graph: unknown; tour: unknown }): string {
  const at = template.indexOf(EMPTY_SLOTS);
  // The bundle inlined after the slots may itself hold the slot markup as a string: only the page's first
  // script is the slot, so a look-alike later in the page is never filled.
  if (at === -1 || at !== template.indexOf('<script')) throw new OfflineTemplateError('not an offline explorer template: its empty data slots are missing');
  const filled = slot(GRAPH_SLOT_ID, jsonForScriptElement(data.graph)) + slot(TOUR_SLOT_ID, jsonForScriptElement(data.tour ?? null));
  // Slicing, not String.replace: a passage holding `$&` or `$'` would be read as a replacement pattern.
  return template.slice(0, at) + filled + template.slice(at + EMPTY_SLOTS.length);
}
