/**
 * A title or author from a file's own metadata, or null when it says nothing useful: tools fill these
 * fields with the file name ("rapport.docx", "Microsoft Word - rapport.docx") or a placeholder.
 */

const PLACEHOLDER = /^(?:untitled|sans titre|document\d*|titre|title|auteur|author|user|utilisateur|administrat(?:or|eur)|unknown|inconnu)$/iu;
const FILE_NAME = /\.(?:docx?|odt|rtf|pdf|txt|html?|indd|pages|tex)$/iu;
const WORD_PREFIX = /^Microsoft (?:Word|PowerPoint) - /u;

export function cleanMetadataValue(value: string): string | null {
  const cleaned = value.replace(/[\u0000-\u001F\u007F]/gu, ' ').replace(/\s+/gu, ' ').trim().replace(WORD_PREFIX, '');
  if (cleaned === '' || PLACEHOLDER.test(cleaned) || FILE_NAME.test(cleaned)) return null;
  return cleaned;
}
