/**
 * What a corpus file is, from its name: its format (by extension) and the document id it yields (the
 * file name without folder or extension).
 */

export const SOURCE_FORMATS = ['text', 'markdown', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
};
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

function baseName(name: string): string {
  return name.split(/[\\/]/u).pop() ?? '';
}

/** The lower-cased extension with its dot (".txt"), or "" when the name has none. */
export function fileExtension(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function sourceFormat(name: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[fileExtension(name)] ?? null;
}

export function documentId(name: string): string {
  const base = baseName(name);
  const extension = fileExtension(name);
  return extension === '' ? base : base.slice(0, -extension.length);
}
