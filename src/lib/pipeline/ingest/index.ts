/**
 * The ingest stage: corpus files in, clean documents out. Each file is decoded (encoding detected,
 * mojibake repaired), converted to text by format, normalised, split into paragraphs, stripped of web
 * boilerplate, and given metadata read from its text and overridden by `corpus.json`. PDF and DOCX files
 * arrive already read (`readBinaryFiles`, the one asynchronous step, which the shell runs first).
 *
 * Nothing a file contains stops the corpus: a file that cannot be used is skipped with a warning naming it
 * and the reason. A document that builds but looks wrong (a legacy encoding guessed, characters French
 * never uses, another language) is named in a warning too. Documents come out sorted by file name, so
 * the same files give the same output.
 */
import type { CorpusEntry, CorpusMetadata, DocumentMetadata, IngestedDocument, PipelineWarning, SourceFile } from '../types';
import { isBareUrl } from './boilerplate-patterns';
import { HEAD_SIZE, removeBoilerplate } from './boilerplate';
import { findDate } from './dates';
import { decodeBytes } from './decode';
import { documentWarnings } from './document-warnings';
import { SUPPORTED_EXTENSIONS, documentId, fileExtension, isBinaryFormat, sourceFormat, type SourceFormat } from './file-kind';
import { htmlToText } from './html';
import { detectLanguage } from './language';
import { markdownToText } from './markdown';
import { findAuthor, findDocumentDate, findTitle } from './metadata';
import { repairMojibake } from './mojibake';
import { normalizeText } from './normalize';
import { buildParagraphs, chooseLineJoining, tidyParagraph } from './paragraphs';

import { removeRepeatedBlocks } from './repeated-blocks';

export { parseCorpusMetadata } from './corpus-metadata';
export { readBinaryFiles, type ReadBinaryOptions } from './read-binary';

export interface IngestResult {
  documents: IngestedDocument[];
  warnings: PipelineWarning[];
}

type Hints = Partial<Record<keyof DocumentMetadata, string | null>>;
type FileResult = { document: IngestedDocument; notes: string[] } | { skipped: string };
type Read = { text: string; hints: Hints; notes: string[] } | { skipped: string };

function extractText(format: SourceFormat, text: string): { text: string; hints: Hints } {
  if (format === 'html') {
    const { text: body, ...hints } = htmlToText(text);
    return { text: body, hints };
  }
  if (format === 'markdown') {
    const { text: body, ...hints } = markdownToText(text);
    return { text: body, hints };
  }
  return { text, hints: {} };
}

function cleanHint(hint: string | null | undefined): string | null {
  const cleaned = hint == null ? '' : tidyParagraph(normalizeText(repairMojibake(hint).text).replace(/\n+/gu, ' '));
  return cleaned === '' ? null : cleaned;
}

/** A text file decoded and converted by format, or a PDF/DOCX file's text as `readBinaryFiles` left it. */
function readText(file: SourceFile, format: SourceFormat, entry: CorpusEntry | undefined): Read {
  if (isBinaryFormat(format)) {
    const extracted = file.extracted;
    if (extracted === undefined) return { skipped: `${format.toUpperCase()} file not read (readBinaryFiles must run before ingest)` };
    if (!extracted.ok) return { skipped: extracted.reason };
    return { text: extracted.text, hints: { title: extracted.title, author: extracted.author }, notes: [] };
  }
  const decoded = decodeBytes(file.bytes, entry?.encoding);
  if (!decoded.ok) return { skipped: decoded.reason };
  const notes = entry?.encoding === undefined ? documentWarnings.encoding(decoded.encoding) : [];
  return { ...extractText(format, decoded.text), notes };
}

function lineJoining(format: SourceFormat, text: string) {
  if (format === 'markdown' || isBinaryFormat(format)) return 'always';
  return format === 'html' ? 'continuations' : chooseLineJoining(text);
}

function ingestFile(file: SourceFile, entry: CorpusEntry | undefined): FileResult {
  const format = sourceFormat(file.name);
  if (format === null) {
    const extension = fileExtension(file.name) || '(none)';
    return { skipped: `unsupported extension "${extension}" (ingest reads ${SUPPORTED_EXTENSIONS.join(', ')})` };
  }
  const id = documentId(file.name);
  if (id === '') return { skipped: 'file name gives an empty document id' };
  const read = readText(file, format, entry);
  if ('skipped' in read) return read;

  // Repair after extraction so mojibake spelled as entities (&Atilde;&copy;) is caught too.
  const repair = repairMojibake(read.text);
  const normalized = normalizeText(repair.text);
  const paragraphs = buildParagraphs(normalized, lineJoining(format, normalized));
  if (paragraphs.length === 0) return { skipped: 'empty (no text)' };
  const article = removeBoilerplate(paragraphs);
  if (article.length === 0) return { skipped: 'empty after cleaning (only boilerplate)' };

  const text = article.join('\n\n');
  const hints = read.hints;
  const hintedDate = cleanHint(hints.date);
  const found: DocumentMetadata = {
    title: cleanHint(hints.title) ?? findTitle(article) ?? id,
    author: cleanHint(hints.author) ?? findAuthor(article),
    // An address opening the text (saved-page exports) is the source's URL; boilerplate removal drops it.
    url: cleanHint(hints.url) ?? paragraphs.slice(0, HEAD_SIZE).find(isBareUrl) ?? null,
    date: (hintedDate === null ? null : findDate(hintedDate)?.iso) ?? findDocumentDate(paragraphs),
    language: cleanHint(hints.language) ?? detectLanguage(text)
  };
  const { encoding: _encoding, ...metadata } = entry ?? {};
  const overrides = Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined));
  const document: IngestedDocument = { id, file: file.name, ...found, ...overrides, text, ...(repair.repaired > 0 ? { mojibakeRepaired: true } : {}) };
  const notes = [...read.notes, ...documentWarnings.characters(text), ...documentWarnings.language(document.language, metadata.language !== undefined)];
  return { document, notes };
}

function compareNames(a: SourceFile, b: SourceFile): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Ingests `files` (any order) into documents sorted by file name, with a warning per file left out. */
export function ingest(files: SourceFile[], metadata: CorpusMetadata = {}): IngestResult {
  const documents: IngestedDocument[] = [];
  const warnings: PipelineWarning[] = [];
  const ids = new Map<string, string>();
  const warn = (source: string, message: string) => warnings.push({ source, message: `ingest: ${JSON.stringify(source)} ${message}` });

  for (const file of [...files].sort(compareNames)) {
    let result: FileResult;
    try {
      result = ingestFile(file, metadata[file.name]);
    } catch (error) {
      // A bug must not cost the whole corpus; the warning carries the error so it gets reported and fixed.
      result = { skipped: `failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if ('skipped' in result) {
      warn(file.name, `skipped: ${result.skipped}`);
      continue;
    }
    const other = ids.get(result.document.id);
    if (other !== undefined) {
      warn(file.name, `skipped: document id "${result.document.id}" is already used by "${other}"`);
      continue;
    }
    ids.set(result.document.id, file.name);
    documents.push(result.document);
    for (const note of result.notes) warn(file.name, note);
  }
  const names = new Set(files.map((file) => file.name));
  for (const name of Object.keys(metadata).sort()) {
    if (!names.has(name)) warn(name, 'is named in corpus.json but is not in the corpus');
  }
  return { documents: removeRepeatedBlocks(documents).documents, warnings };
}
