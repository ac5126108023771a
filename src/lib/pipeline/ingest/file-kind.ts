/**
 * What a corpus file is, from its name: its format (by extension) and the document id it yields.
 *
 * Names are paths relative to the corpus folder ("2019/article.txt"). The id is that path without its
 * extension, folders joined by "~" ("2019~article"): passage ids are `<document id>/<sentence index>` and
 * later stages split them at the slash, so ids never hold one; "~" is safe in URLs and rare in file names.
 */

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
/** Formats whose bytes are not text: `readBinaryFiles` turns them into text before ingest. */
export const BINARY_FORMATS = ['pdf', 'docx'] as const satisfies readonly SourceFormat[];
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx'
};
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);
export const FOLDER_SEPARATOR = '~';

function pathParts(name: string): string[] {
  return name.split(/[\\/]/u).filter((part) => part !== '' && part !== '.');
}

/** The lower-cased extension with its dot (".txt"), or "" when the name has none. */
export function fileExtension(name: string): string {
  const base = pathParts(name).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function sourceFormat(name: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[fileExtension(name)] ?? null;
}

export function isBinaryFormat(format: SourceFormat | null): format is BinaryFormat {
  return (BINARY_FORMATS as readonly string[]).includes(format ?? '');
}

export function documentId(name: string): string {
  const parts = pathParts(name);
  const extension = fileExtension(name);
  if (parts.length > 0 && extension !== '') parts[parts.length - 1] = parts[parts.length - 1].slice(0, -extension.length);
  return parts.join(FOLDER_SEPARATOR);
}
