/**
 * Checks an untrusted curation file and returns it typed, or throws naming the file, the entry and the fault.
 *
 * Curation is typed by hand, so every structural problem is reported at once (one line each) instead of
 * making the person fix and rerun one typo at a time.
 */
import * as v from 'valibot';
import { CurationSchema, type Curation } from './schema';

export const DEFAULT_CURATION_SOURCE = 'curation.json';

export class CurationError extends Error {
  override name = 'CurationError';
}

/** `merge[3].from[0]`: the notation a person would use to find the entry in the file. */
export function describeIssuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((text, item) => {
    const key = item.key as string | number;
    return typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key;
  }, '');
}

export function parseCuration(json: unknown, source: string = DEFAULT_CURATION_SOURCE): Curation {
  // valibot's object schemas accept arrays (they are objects), and `[]` would pass as "no curation".
  if (Array.isArray(json)) throw new CurationError(`${source}: must be a JSON object, not an array`);
  const result = v.safeParse(CurationSchema, json);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => {
    const where = describeIssuePath(issue);
    return `${source}: ${where ? `${where} ` : ''}${issue.message}`;
  });
  throw new CurationError(lines.join('\n'));
}
