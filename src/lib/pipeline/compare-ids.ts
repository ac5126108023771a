/**
 * The one ordering for ids across stages: code-unit order, not locale order, so sorted output is the same on
 * every machine whatever its ICU data.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
