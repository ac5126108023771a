/**
 * Test helpers: small real PDF and DOCX files, written with pdfkit and docx (the libraries people's own
 * tools use), so the readers are tested on what a word processor or a PDF printer really produces.
 * Each page's lines are placed by hand: the line ends, hyphenations and paragraph gaps are then the
 * ones the tests expect, not a layout engine's.
 */
import PDFDocument from 'pdfkit';
import { Document, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export interface PdfPage {
  /** Paragraphs, each a list of lines as they are set on the page. */
  paragraphs: string[][];
}

export interface PdfOptions {
  title?: string;
  author?: string;
  /** Printed at the top of every page. */
  header?: string;
  /** Printed at the bottom of every page, after which comes "Page N". */
  footer?: string;
  /** Encrypts the file: a reader needs this password to open it. */
  password?: string;
}

const LINE_HEIGHT = 14;
const PARAGRAPH_GAP = 12;

/**
 * A PDF of `pages`, set in Helvetica 11 pt, with a running header, a footer and page numbers. A page with
 * no paragraph and no header or footer is blank, as a scanned page is to a text reader.
 */
export function makePdf(pages: PdfPage[], options: PdfOptions = {}): Promise<Uint8Array> {
  const info: PDFKit.DocumentInfo = { CreationDate: new Date(Date.UTC(2024, 0, 1)) };
  if (options.title !== undefined) info.Title = options.title;
  if (options.author !== undefined) info.Author = options.author;
  const doc = new PDFDocument({
    autoFirstPage: false,
    info,
    ...(options.password === undefined ? {} : { userPassword: options.password })
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  pages.forEach((page, index) => {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.font('Helvetica').fontSize(9);
    if (options.header !== undefined) doc.text(options.header, 72, 40, { lineBreak: false });
    if (options.footer !== undefined) doc.text(options.footer, 72, 800, { lineBreak: false });
    if (options.header !== undefined || options.footer !== undefined) doc.text(`Page ${index + 1}`, 480, 800, { lineBreak: false });
    else if (page.paragraphs.length === 0) doc.rect(72, 72, 200, 100).fill('#888888');
    doc.fontSize(11);
    let y = 90;
    for (const paragraph of page.paragraphs) {
      for (const line of paragraph) {
        doc.text(line, 72, y, { lineBreak: false });
        y += LINE_HEIGHT;
      }
      y += PARAGRAPH_GAP;
    }
  });
  doc.end();
  return done;
}

export interface DocxOptions {
  title?: string;
  creator?: string;
}

export type DocxBlock =
  | { heading: string }
  | { text: string; footnote?: { id: number; text: string } };

/** A DOCX of headings and paragraphs; a paragraph may carry a footnote, referenced at its end. */
export async function makeDocx(blocks: DocxBlock[], options: DocxOptions = {}): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const children = blocks.map((block) => {
    if ('heading' in block) return new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_1 });
    const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(block.text)];
    if (block.footnote) {
      footnotes[block.footnote.id] = { children: [new Paragraph(block.footnote.text)] };
      runs.push(new FootnoteReferenceRun(block.footnote.id));
    }
    return new Paragraph({ children: runs });
  });
  const document = new Document({
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.creator === undefined ? {} : { creator: options.creator }),
    footnotes,
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('En-tête du document')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Pied de page')] }) },
        children
      }
    ]
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
