/**
 * French abbreviations that end with a full stop without ending the sentence ("M. Dupont", "p. 6",
 * "Cf. le quotidien"). Unicode sentence rules (and Intl.Segmenter) break after them before a capital or a digit.
 */

/** Lower-cased, without the final ".". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles, always followed by a name.
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'sr',
  // References and citations, usually followed by a number or a title.
  'p', 'pp', 'cf', 'art', 'vol', 'chap', 'fig', 'éd', 'ed', 'n°', 'nº', 'no', 'ex', 'réf', 'ref', 'coll', 'dir',
  'trad', 'op', 'cit', 'ibid', 'id', 'sq', 'env', 'approx', 'av', 'apr', 'hab', 'tél', 'tel', 'cie', 'vs', 'resp'
]);

/** Abbreviations that also end sentences ("…des poires, etc. Puis"): joined only when the next word is lower-case. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc']);

/** Dotted abbreviations with inner dots, matched on the end of the sentence so far. */
export const DOTTED_ABBREVIATION = /(?:^|[^\p{L}])(?:c\.-à-d|j\.-c|p\.-ê|n\.b|p\.s|s\.v\.p|e\.g|i\.e)\.$/iu;
