/**
 * The ingest stage: corpus files in, clean documents out. Each file is decoded (encoding detected,
 * mojibake repaired), converted to text by format, normalised, split into paragraphs, stripped of web
 * boilerplate, and given metadata read from its text and overridden by `corpus.json`.
 *
 * Nothing a file contains stops the corpus: a file that cannot be used is skipped with a warning naming it
 * and the reason. Documents come out sorted by file name, so the same files give the same output.
 */
import type { CorpusMetadata, DocumentMetadata, IngestedDocument, PipelineWarning, SourceFile } from '../types';
import { isBareUrl } from './boilerplate-patterns';
import { HEAD_SIZE, removeBoilerplate } from './boilerplate';
import { findDate } from './dates';
import { decodeBytes } from './decode';
import { SUPPORTED_EXTENSIONS, documentId, fileExtension, sourceFormat, type SourceFormat } from './file-kind';
import { htmlToText } from './html';
import { detectLanguage } from './language';
import { markdownToText } from './markdown';
import { findAuthor, findDocumentDate, findTitle } from './metadata';
import { repairMojibake } from './mojibake';
import { normalizeText } from './normalize';
import { buildParagraphs, chooseLineJoining, tidyParagraph } from './paragraphs';

import { removeRepeatedBlocks } from './repeated-blocks';

export { parseCorpusMetadata } from './corpus-metadata';

export interface IngestResult {
  documents: IngestedDocument[];
  warnings: PipelineWarning[];
}

type Hints = Partial<Record<keyof DocumentMetadata, string | null>>;
type FileResult = { document: IngestedDocument } | { skipped: string };

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

function ingestFile(file: SourceFile, override: Partial<DocumentMetadata> | undefined): FileResult {
  const format = sourceFormat(file.name);
  if (format === null) {
    const extension = fileExtension(file.name) || '(none)';
    return { skipped: `unsupported extension "${extension}" (ingest reads ${SUPPORTED_EXTENSIONS.join(', ')})` };
  }
  const id = documentId(file.name);
  if (id === '') return { skipped: 'file name gives an empty document id' };
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) return { skipped: decoded.reason };

  // Repair after extraction so mojibake spelled as entities (&Atilde;&copy;) is caught too.
  const extracted = extractText(format, decoded.text);
  const normalized = normalizeText(repairMojibake(extracted.text).text);
  const joining = format === 'markdown' ? 'always' : format === 'html' ? 'continuations' : chooseLineJoining(normalized);
  const paragraphs = buildParagraphs(normalized, joining);
  if (paragraphs.length === 0) return { skipped: 'empty (no text)' };
  const article = removeBoilerplate(paragraphs);
  if (article.length === 0) return { skipped: 'empty after cleaning (only boilerplate)' };

  const text = article.join('\n\n');
  const hints = extracted.hints;
  const hintedDate = cleanHint(hints.date);
  const found: DocumentMetadata = {
    title: cleanHint(hints.title) ?? findTitle(article) ?? id,
    author: cleanHint(hints.author) ?? findAuthor(article),
    // An address opening the text (saved-page exports) is the source's URL; boilerplate removal drops it.
    url: cleanHint(hints.url) ?? paragraphs.slice(0, HEAD_SIZE).find(isBareUrl) ?? null,
    date: (hintedDate === null ? null : findDate(hintedDate)?.iso) ?? findDocumentDate(paragraphs),
    language: cleanHint(hints.language) ?? detectLanguage(text)
  };
  const overrides = Object.fromEntries(Object.entries(override ?? {}).filter(([, value]) => value !== undefined));
  return { document: { id, file: file.name, ...found, ...overrides, text } };
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
  }
  const names = new Set(files.map((file) => file.name));
  for (const name of Object.keys(metadata).sort()) {
    if (!names.has(name)) warn(name, 'is named in corpus.json but is not in the corpus');
  }
  return { documents: removeRepeatedBlocks(documents).documents, warnings };
}
