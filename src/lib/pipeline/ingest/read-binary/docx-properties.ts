/**
 * A DOCX file's title and author, from its core properties (`docProps/core.xml`, Dublin Core `dc:title` and
 * `dc:creator`). A file without them, or with an unreadable part, has none: the text's own title is used.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { cleanMetadataValue } from './metadata-value';

const CORE_PROPERTIES = 'docProps/core.xml';
const FIELDS = { 'dc:title': 'title', 'dc:creator': 'author' } as const;
type Field = (typeof FIELDS)[keyof typeof FIELDS];

function corePropertiesXml(bytes: Uint8Array): string | null {
  try {
    const part = unzipSync(bytes, { filter: (file) => file.name === CORE_PROPERTIES })[CORE_PROPERTIES];
    return part === undefined ? null : new TextDecoder('utf-8').decode(part);
  } catch {
    return null;
  }
}

export function readCoreProperties(bytes: Uint8Array): Record<Field, string | null> {
  const found: Record<Field, string> = { title: '', author: '' };
  const xml = corePropertiesXml(bytes);
  if (xml === null) return { title: null, author: null };
  let current: Field | null = null;
  const parser = new Parser(
    {
      onopentag: (name) => {
        current = FIELDS[name as keyof typeof FIELDS] ?? null;
      },
      ontext: (text) => {
        if (current !== null) found[current] += text;
      },
      onclosetag: () => {
        current = null;
      }
    },
    { xmlMode: true, decodeEntities: true }
  );
  parser.end(xml);
  return { title: cleanMetadataValue(found.title), author: cleanMetadataValue(found.author) };
}
