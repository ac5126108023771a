/**
 * The curation file's JSON Schema (draft-07), generated from `CurationSchema` so the two cannot disagree.
 * `scripts/write-curation-schema.ts` writes it next to `curation.json` for editors to validate and complete.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { closedObjectJsonSchema } from '../../validation/closed-object';
import { CurationSchema } from './schema';

export function curationJsonSchema(): object {
  const { $schema, ...rest } = toJsonSchema(CurationSchema, { target: 'draft-07', errorMode: 'throw', overrideSchema: closedObjectJsonSchema });
  // The dialect first, as JSON Schema files conventionally begin; the converter appends it last.
  return { $schema, ...rest };
}

/** The file's exact text: 2-space JSON and a final newline, identical on every run so diffs stay quiet. */
export function curationJsonSchemaText(): string {
  return `${JSON.stringify(curationJsonSchema(), null, 2)}\n`;
}
