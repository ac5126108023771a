/**
 * A PDF's text and metadata, through pdf.js (the PDF reader of Firefox). Its "legacy" build is used because
 * it also runs in Node; browsers run it as well. It is loaded on first use, so a corpus without PDFs never
 * pays for it. In a browser, the shell sets `GlobalWorkerOptions.workerSrc` (or a worker port) first; Node
 * needs nothing.
 */
import type { ExtractedText } from '../../types';
import { cleanMetadataValue } from './metadata-value';
import { layoutParagraphs, type PdfTextPiece } from './pdf-layout';

export interface PdfOptions {
  /** Where pdf.js finds the 14 standard fonts' metrics (`pdfjs-dist/standard_fonts/`, ending with "/"). */
  standardFontDataUrl?: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** pdf.js's errors-only log level: a damaged but readable file must not fill the CLI's output with its warnings. */
const ERRORS_ONLY = 0;
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

async function pagePieces(document: PdfDocument, pageNumber: number): Promise<PdfTextPiece[]> {
  const page = await document.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const pieces: PdfTextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, , , x, y] = item.transform as number[];
      pieces.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
    }
    return pieces;
  } finally {
    page.cleanup();
  }
}

function infoString(info: unknown, key: string): string | null {
  const value = (info as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? cleanMetadataValue(value) : null;
}

async function readMetadata(document: PdfDocument): Promise<{ title: string | null; author: string | null }> {
  const { info, metadata } = await document.getMetadata();
  const xmp = (key: string) => {
    const value: unknown = metadata?.get(key);
    return typeof value === 'string' ? cleanMetadataValue(value) : null;
  };
  return { title: infoString(info, 'Title') ?? xmp('dc:title'), author: infoString(info, 'Author') ?? xmp('dc:creator') };
}

function describeFailure(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'password-protected PDF (remove the password to read it)';
  return `not a readable PDF (${message.replace(/\.$/u, '')})`;
}

/** The text of a PDF, paragraph per block, with its info dictionary's title and author; or why it cannot be read. */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractedText> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes the buffer over (it is sent to the worker), so it gets a copy and the caller keeps its bytes.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: ERRORS_ONLY,
    ...(options.standardFontDataUrl === undefined ? {} : { standardFontDataUrl: options.standardFontDataUrl })
  });
  try {
    const document = await task.promise;
    const pages: PdfTextPiece[][] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) pages.push(await pagePieces(document, pageNumber));
    const paragraphs = layoutParagraphs(pages);
    if (paragraphs.length === 0) return { ok: false, reason: 'PDF without a text layer (scanned pages need OCR first)' };
    return { ok: true, text: paragraphs.join('\n\n'), ...(await readMetadata(document)) };
  } catch (error) {
    return { ok: false, reason: describeFailure(error) };
  } finally {
    await task.destroy();
  }
}
