/**
 * The `Lexicon` the extractor asks: what a word form can be (from the compiled Lefff table), whether it is a
 * stopword, whether it is a first name.
 *
 * - `entries(form)`: the entries of the form as written, then those of its lower-case form that are not already
 *   there ("Orange" → proper noun, then noun/adjective; "Client" at a sentence start → noun). The corpus writes
 *   ’ and œ where Lefff writes ' and "oe", so lookups go through Lefff's spelling, and lemmas come back with ’.
 *   Accents are significant ("côte" is not "cote"), so an all-caps "NUMERIQUE" is unknown.
 * - `isStopword(word)`: case-insensitive, accent-significant ("a" and "à" are two words), ' and ’ alike.
 * - `isFirstName(word)`: case- and accent-insensitive ("Benoit" = "Benoît", "ERIC" = "Éric"); a hyphenated
 *   name is a first name when every part is ("Jean-Pierre"). Capitalisation is the caller's business: the
 *   lexicon answers for the string, so "pierre" is a first name here.
 */
import type { LexicalEntry, Lexicon, PartOfSpeech } from '../types';
import { normalizeKey } from '../normalize-key';
import { POS_CODES, type LexiconData } from './compile-lexicon';
import { frequencyOfRank, UNRANKED } from './general-french';

const POS_BY_CODE: ReadonlyMap<string, PartOfSpeech> = new Map(
  Object.entries(POS_CODES).map(([pos, code]) => [code, pos as PartOfSpeech])
);

const NO_ENTRIES: readonly LexicalEntry[] = Object.freeze([]);

function toLefffSpelling(form: string): string {
  return form.replace(/[’ʼ]/gu, "'").replace(/œ/gu, 'oe').replace(/Œ/gu, 'Oe').replace(/æ/gu, 'ae').replace(/Æ/gu, 'Ae');
}

function decodeEntry(form: string, code: string): LexicalEntry {
  const comma = code.indexOf(',', 3);
  const lemma = comma < 0 ? form : form.slice(0, form.length - Number(code.slice(3, comma))) + code.slice(comma + 1);
  const number = code[1] === 's' || code[1] === 'p' ? code[1] : null;
  const gender = code[2] === 'm' || code[2] === 'f' ? code[2] : null;
  return Object.freeze({ pos: POS_BY_CODE.get(code[0]) ?? 'other', lemma: lemma.replace(/'/gu, '’'), number, gender });
}

/** Where each row starts: 4 bytes a form, so lookups binary-search rows instead of scanning text. */
function indexRows(rows: string): Uint32Array {
  let count = 0;
  for (let i = rows.indexOf('\n'); i >= 0; i = rows.indexOf('\n', i + 1)) count += 1;
  const starts = new Uint32Array(count);
  let next = 0;
  for (let row = 0; row < count; row += 1) {
    starts[row] = next;
    next = rows.indexOf('\n', next) + 1;
  }
  return starts;
}

function findRow(rows: string, starts: Uint32Array, form: string): string | null {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = starts[mid];
    const tab = rows.indexOf('\t', start);
    const key = rows.slice(start, tab);
    if (key === form) return rows.slice(tab + 1, mid + 1 < starts.length ? starts[mid + 1] - 1 : rows.length - 1);
    if (key < form) lo = mid + 1;
    else hi = mid;
  }
  return null;
}

function foldName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function foldStopword(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/'/gu, '’');
}

/** Word knowledge beyond Lefff: general French frequencies and a gazetteer (see general-french.ts, places.ts). */
export interface LexiconExtras {
  /** Ranked word lists, most frequent first; a word takes its best rank over the lists. */
  rankings?: readonly (readonly string[])[];
  /** Place names, compared as `normalizeKey` compares. */
  places?: Iterable<string>;
  /** Common English words, lower case. */
  englishWords?: Iterable<string>;
  /** More first names, kept only where the lexicon knows no common word of that spelling ("Son", "Mai"). */
  worldFirstNames?: readonly string[];
  /** French nationality words, masculine and feminine singular ("américain", "américaine"). */
  demonyms?: Iterable<string>;
}

function bestRanks(rankings: readonly (readonly string[])[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const list of rankings) {
    list.forEach((word, index) => {
      const key = foldStopword(word);
      const known = ranks.get(key);
      if (known === undefined || index + 1 < known) ranks.set(key, index + 1);
    });
  }
  return ranks;
}

export function createLexicon(
  data: LexiconData,
  stopwords: readonly string[],
  firstNames: readonly string[],
  extras: LexiconExtras = {}
): Lexicon {
  const rows = data.rows;
  let starts: Uint32Array | undefined;
  const lookUp = (form: string): readonly LexicalEntry[] => {
    // Indexed on first use: a lexicon that only answers isStopword never pays for it.
    starts ??= indexRows(rows);
    const row = findRow(rows, starts, form);
    return row === null ? NO_ENTRIES : row.split('|').map((code) => decodeEntry(form, code));
  };
  // Word frequencies are Zipfian, so remembering each distinct form makes repeated lookups free.
  const cache = new Map<string, readonly LexicalEntry[]>();
  const stopwordSet = new Set(stopwords.map(foldStopword));
  const firstNameSet = new Set(firstNames.map(foldName));
  const ranks = bestRanks(extras.rankings ?? []);
  const places = new Set<string>();
  for (const place of extras.places ?? []) places.add(normalizeKey(place));
  const english = new Set(extras.englishWords ?? []);
  const demonyms = new Set<string>();
  for (const singular of extras.demonyms ?? []) {
    const lower = singular.normalize('NFC').toLowerCase();
    demonyms.add(lower);
    // French plurals of nationality words add an s, but "français", "chinois" already end in one.
    if (!/[sx]$/u.test(lower)) demonyms.add(`${lower}s`);
  }
  starts ??= indexRows(rows);
  for (const name of extras.worldFirstNames ?? []) {
    const lower = toLefffSpelling(name.normalize('NFC')).toLowerCase();
    if (!lookUp(lower).some((entry) => entry.pos !== 'properNoun')) firstNameSet.add(foldName(name));
  }

  return {
    entries(form) {
      const cached = cache.get(form);
      if (cached) return cached;
      const written = toLefffSpelling(form.normalize('NFC'));
      const lower = written.toLowerCase();
      let found = lookUp(written);
      if (lower !== written) {
        const more = lookUp(lower).filter(
          (entry) => !found.some((e) => e.pos === entry.pos && e.lemma === entry.lemma && e.number === entry.number && e.gender === entry.gender)
        );
        if (more.length > 0) found = [...found, ...more];
      }
      const result = found.length === 0 ? NO_ENTRIES : Object.freeze(found);
      cache.set(form, result);
      return result;
    },
    isStopword(word) {
      return stopwordSet.has(foldStopword(word));
    },
    isFirstName(word) {
      const folded = foldName(word);
      if (firstNameSet.has(folded)) return true;
      const parts = folded.split('-');
      return parts.length > 1 && parts.every((part) => firstNameSet.has(part));
    },
    generalFrequency(word) {
      return frequencyOfRank(ranks.get(foldStopword(word)) ?? UNRANKED);
    },
    isEnglishWord(word) {
      return english.has(word.toLowerCase());
    },
    isPlaceName(name) {
      return places.has(normalizeKey(name));
    },
    isDemonym(word) {
      return demonyms.has(word.normalize('NFC').toLowerCase());
    }
  };
}
