/**
 * An object schema that rejects unknown keys and reports every one of them. valibot's `strictObject` stops at
 * the first unknown key, so a hand-written file with three misspelt keys would take three runs to fix; a
 * `never` rest schema reports each. The result is typed as the plain object it checks (the rest accepts
 * nothing, so it adds no keys), and JSON Schema conversion writes it as `additionalProperties: false`
 * (see `closedObjectJsonSchema`).
 */
import * as v from 'valibot';

type Closed<TEntries extends v.ObjectEntries> = v.GenericSchema<
  v.InferInput<v.ObjectSchema<TEntries, undefined>>,
  v.InferOutput<v.ObjectSchema<TEntries, undefined>>
>;

export function closedObject<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  unknownKey: string,
  message?: v.ErrorMessage<v.ObjectWithRestIssue>
): Closed<TEntries> {
  return v.objectWithRest(entries, v.never(unknownKey), message) as unknown as Closed<TEntries>;
}

/** For `toJsonSchema`'s `overrideSchema`: a closed object is `additionalProperties: false`, as editors expect. */
export function closedObjectJsonSchema(context: { valibotSchema: unknown; jsonSchema: object }): object | undefined {
  const schema = context.valibotSchema as { type?: string; rest?: { type?: string } };
  if (schema.type !== 'object_with_rest' || schema.rest?.type !== 'never') return undefined;
  return { ...context.jsonSchema, additionalProperties: false };
}
