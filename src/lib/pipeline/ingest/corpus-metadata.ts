/**
 * `corpus.json`: per-file metadata that overrides what ingest reads from the text, keyed by file name.
 * It is hand-written, so parsing names the file key and the field that is wrong.
 */
import * as v from 'valibot';
import { closedObject } from '../../validation/closed-object';
import type { CorpusMetadata } from '../types';
import { ENCODINGS } from './encodings';

const FIELDS = ['title', 'author', 'url', 'date', 'language', 'encoding'] as const;
/** The names people know these encodings by, besides the WHATWG ones. */
const ENCODING_ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  latin9: 'iso-8859-15',
  'latin-9': 'iso-8859-15',
  cp1250: 'windows-1250',
  cp1251: 'windows-1251',
  cp1252: 'windows-1252',
  cp850: 'ibm850',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis'
};
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
    language: v.optional(v.pipe(text('must be a string'), v.minLength(2, 'must be a language code such as "fr"'))),
    encoding: v.optional(
      v.pipe(
        text('must be a string'),
        v.toLowerCase(),
        v.transform((name) => ENCODING_ALIASES[name] ?? name),
        v.picklist(ENCODINGS, `must be one of ${ENCODINGS.join(', ')}`)
      )
    )
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
