/**
 * `corpus.json`: per-file metadata that overrides what ingest reads from the text, keyed by file name.
 * It is hand-written, so parsing names the file key and the field that is wrong.
 */
import * as v from 'valibot';
import { closedObject } from '../../validation/closed-object';
import type { CorpusMetadata } from '../types';

const FIELDS = ['title', 'author', 'url', 'date', 'language'] as const;
/** A full date, or a year or month when that is all the source says. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

const text = (message: string) => v.string(message);
const nullableText = v.nullable(text('must be a string or null'));

const EntrySchema = closedObject(
  {
    title: v.optional(text('must be a string')),
    author: v.optional(nullableText),
    url: v.optional(nullableText),
    date: v.optional(v.nullable(v.pipe(text('must be a string or null'), v.regex(ISO_DATE, 'must be an ISO date (YYYY-MM-DD)')))),
    language: v.optional(v.pipe(text('must be a string'), v.minLength(2, 'must be a language code such as "fr"')))
  },
  `is not a known field (${FIELDS.join(', ')})`,
  'must be an object'
);

const TOP_LEVEL_MESSAGE = 'must be an object keyed by file name';
const CorpusMetadataSchema = v.pipe(
  v.custom<unknown>((input) => !Array.isArray(input), TOP_LEVEL_MESSAGE),
  v.record(v.string(), EntrySchema, TOP_LEVEL_MESSAGE)
);

function describePath(issue: v.BaseIssue<unknown>, source: string): string {
  const [file, ...fields] = (issue.path ?? []).map((item) => String(item.key));
  if (file === undefined) return source;
  return `${source}: ${JSON.stringify(file)}${fields.map((field) => `.${field}`).join('')}`;
}

/** Validates parsed `corpus.json` content; throws an Error listing each wrong field, each prefixed by `source`. */
export function parseCorpusMetadata(json: unknown, source = 'corpus.json'): CorpusMetadata {
  const result = v.safeParse(CorpusMetadataSchema, json);
  if (result.success) return result.output;
  throw new Error(result.issues.map((issue) => `${describePath(issue, source)} ${issue.message}`).join('; '));
}
