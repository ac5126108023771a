/**
 * Finds a calendar date in a short piece of text and returns it as ISO `YYYY-MM-DD`.
 *
 * Blogs print dates in many shapes ("7 Juil 2015", "1er mai 2015", "07/07/2015", "July 7, 2015",
 * "2015-07-07T10:00"); numeric dates are read day first, as French sites write them. Impossible dates
 * ("31 février") are rejected rather than rolled over.
 */

/** Month names and the abbreviations sites use, French and English, lower case without final dot. */
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['janvier', 'janv', 'jan', 'january']],
  [2, ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'february', 'feb']],
  [3, ['mars', 'mar', 'march']],
  [4, ['avril', 'avr', 'april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juin', 'june', 'jun']],
  [7, ['juillet', 'juill', 'juil', 'july', 'jul']],
  [8, ['août', 'aout', 'aoû', 'august', 'aug']],
  [9, ['septembre', 'sept', 'sep', 'september']],
  [10, ['octobre', 'oct', 'october']],
  [11, ['novembre', 'nov', 'november']],
  [12, ['décembre', 'decembre', 'déc', 'dec', 'december']]
];
const MONTH_BY_NAME = new Map(MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as const)));
const MONTH_NAME = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const DAY_FIRST_NUMERIC = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])/u;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\d])(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');

export interface FoundDate {
  iso: string;
  /** The matched characters, so callers can tell a date line from a sentence containing a date. */
  match: string;
}

function toIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  const candidates: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
    [ISO, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [DAY_MONTH_YEAR, (m) => [Number(m[3]), MONTH_BY_NAME.get(m[2].toLowerCase()) ?? 0, Number(m[1])]],
    [MONTH_DAY_YEAR, (m) => [Number(m[3]), MONTH_BY_NAME.get(m[1].toLowerCase()) ?? 0, Number(m[2])]],
    [DAY_FIRST_NUMERIC, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]]
  ];
  let best: (FoundDate & { index: number }) | null = null;
  for (const [pattern, read] of candidates) {
    const match = pattern.exec(text);
    if (!match || (best && match.index >= best.index)) continue;
    const iso = toIso(...read(match));
    if (iso) best = { iso, match: match[0], index: match.index };
  }
  return best && { iso: best.iso, match: best.match };
}
