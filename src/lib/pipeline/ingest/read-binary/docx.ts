/**
 * A Word (.docx) file's text and metadata. mammoth turns the document into plain HTML (headings, paragraphs,
 * lists, footnotes; page headers and footers left out, as they are page furniture), which the HTML stage
 * reads as it reads web pages. Title and author come from the file's core properties (docProps/core.xml).
 */
import mammoth from 'mammoth';
import type { ExtractedText } from '../../types';
import { htmlToText } from '../html';
import { readCoreProperties } from './docx-properties';

/** mammoth's link back from a note to its call: an arrow that is no part of the note's text. */
const NOTE_BACK_LINK = /<a href="#(?:footnote|endnote)-ref-\d+">↑<\/a>/gu;
/** A note's list item: its number is written in, so "[1]" in the text still finds its note. */
const NOTE_ITEM = /<li id="(?:footnote|endnote)-(\d+)">(<p>)?/gu;

/**
 * mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both are given, over the same bytes,
 * so one call serves both shells.
 */
function mammothInput(bytes: Uint8Array): { arrayBuffer: ArrayBuffer } {
  const copy = bytes.slice();
  return { arrayBuffer: copy.buffer, buffer: copy } as { arrayBuffer: ArrayBuffer };
}

/** Images carry no text: mammoth would otherwise read each one and inline it as base64, for nothing. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

function notesWritten(html: string): string {
  return html.replace(NOTE_BACK_LINK, '').replace(NOTE_ITEM, (item, number: string) => `${item}[${number}] `);
}

/** The text of a DOCX file, paragraph per block, with its core properties' title and author; or why it cannot be read. */
export async function readDocx(bytes: Uint8Array): Promise<ExtractedText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml(mammothInput(bytes), { convertImage: SKIP_IMAGES })).value;
  } catch (error) {
    return { ok: false, reason: `not a readable DOCX (${error instanceof Error ? error.message : String(error)})` };
  }
  const text = htmlToText(notesWritten(html)).text.trim();
  if (text === '') return { ok: false, reason: 'empty (a DOCX without text)' };
  return { ok: true, text, ...readCoreProperties(bytes) };
}
