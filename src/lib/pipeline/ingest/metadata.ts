/**
 * Reads a document's title, author and date from its paragraphs, the way a reader would: the title is the
 * first heading-like line, the author a byline near the top ("Par Jean Dupont") or a signature at the end
 * (a name on its own line followed by a role line, "Benoît Meyronin" / "Directeur R&D de …"), the date
 * one written near the top.
 */
import { isBareUrl, isBoilerplateLine, isUrlSlug } from './boilerplate-patterns';
import { isDateLine } from './boilerplate';
import { findDate } from './dates';

/** Titles, bylines and datelines sit in the first few paragraphs; further down a date is just in the text. */
const HEAD_SIZE = 6;
/** Signatures sit in the last few paragraphs, after footnotes at most. */
const TAIL_SIZE = 8;
const TITLE_MAX_LENGTH = 200;
const TITLE_MAX_WORDS = 30;
const FALLBACK_TITLE_LENGTH = 80;
const BYLINE_MAX_LENGTH = 160;

/** A person's name: two to four capitalised words, allowing particles ("Jean de La Fontaine"). */
const NAME = String.raw`\p{Lu}[\p{L}’.-]*(?:\s+(?:(?:de|du|des|van|von|der|da|di|le|la|d’)\s+)?\p{Lu}[\p{L}’.-]*){1,3}`;
const BYLINE_LEAD = /^(?:par|écrit par|rédigé par|publié par|un article de|by|written by|posted by|auteur|autrice|author)\s*:?\s+/iu;
/** Matched apart from the lead: with the `i` flag, \p{Lu} would match lower-case letters too. */
const NAME_AT_START = new RegExp(String.raw`^${NAME}(?=$|[\s,;|–—(-])`, 'u');
const SIGNATURE = new RegExp(String.raw`^(${NAME})(?:\s*[,–—-]\s*(.+))?$`, 'u');
const ROLE = /^(?:co-?)?(?:directeur|directrice|président|présidente|vice-président|professeur|professeure|fondateur|fondatrice|consultant|consultante|responsable|chef|cheffe|chargé|chargée|chercheur|chercheuse|maître de conférences|maîtresse de conférences|enseignant|enseignante|enseignant-chercheur|docteur|docteure|journaliste|rédacteur|rédactrice|auteur|autrice|associé|associée|analyste|avocat|avocate|ingénieur|ingénieure|doctorant|doctorante|expert|experte|manager|dg|pdg|drh|dsi|ceo|cto|coo|cmo|cfo|vp|head|founder|director|professor|partner|analyst|editor|writer)(?!\p{L})/iu;
const DATELINE = /^(?:par|publié|posté|mis à jour|modifié|le(?=\s+\d)|by|posted|published|updated|written)(?!\p{L})/iu;
const TRAILING_NOTE_MARKS = /\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*)+$/u;

function stripNoteMarks(line: string): string {
  return line.replace(TRAILING_NOTE_MARKS, '').trim();
}

function isHeadingLike(paragraph: string): boolean {
  const line = stripNoteMarks(paragraph);
  return (
    line.length >= 3 &&
    line.length <= TITLE_MAX_LENGTH &&
    line.split(' ').length <= TITLE_MAX_WORDS &&
    !/[.,;:]$/u.test(line) &&
    !isUrlSlug(line) &&
    !isBareUrl(line) &&
    !isDateLine(line) &&
    !isBoilerplateLine(line)
  );
}

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The first heading-like paragraph near the top, else the start of the first paragraph, else null. */
export function findTitle(paragraphs: readonly string[]): string | null {
  const heading = paragraphs.slice(0, HEAD_SIZE).find(isHeadingLike);
  if (heading !== undefined) return stripNoteMarks(heading);
  return paragraphs.length > 0 ? truncate(paragraphs[0], FALLBACK_TITLE_LENGTH) : null;
}

function findByline(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, HEAD_SIZE)) {
    if (paragraph.length > BYLINE_MAX_LENGTH) continue;
    const lead = BYLINE_LEAD.exec(paragraph);
    const name = lead && NAME_AT_START.exec(paragraph.slice(lead[0].length));
    if (name) return name[0];
  }
  return null;
}

function findSignature(paragraphs: readonly string[]): string | null {
  const start = Math.max(0, paragraphs.length - TAIL_SIZE);
  for (let index = paragraphs.length - 1; index >= start; index--) {
    const match = SIGNATURE.exec(paragraphs[index]);
    if (!match) continue;
    const role = match[2] ?? paragraphs[index + 1];
    if (role !== undefined && ROLE.test(role)) return match[1];
  }
  return null;
}

/** The author named by a byline near the top or a signature at the end, else null. */
export function findAuthor(paragraphs: readonly string[]): string | null {
  return findByline(paragraphs) ?? findSignature(paragraphs);
}

/**
 * The ISO date of a dateline ("7 Juil 2015") or a byline ("Publié le …", "Par X, le …") in the first
 * paragraphs, else null. A date inside a title or a sentence is what the text is about, not when it was written.
 */
export function findDocumentDate(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, HEAD_SIZE)) {
    if (paragraph.length > BYLINE_MAX_LENGTH) continue;
    const date = findDate(paragraph);
    if (date && (isDateLine(paragraph) || DATELINE.test(paragraph))) return date.iso;
  }
  return null;
}
