/** A tour step's address: `?step=N`, counted from 1 as people say it; anything else opens the first step. */
export function readStep(params: URLSearchParams, total: number): number {
  const step = Number(params.get('step'));
  return Number.isInteger(step) && step >= 1 ? Math.min(step, total) - 1 : 0;
}

/** `?step=N`, keeping `draft=1` (presenting the explorer's draft rather than the tour file). */
export function stepSearch(index: number, draft = false): string {
  return `?${draft ? 'draft=1&' : ''}step=${index + 1}`;
}
