/**
 * Generated corpora whose vocabulary keeps growing with their size, as real text's does (Heaps' law: distinct
 * forms ≈ K·n^β, β about 0.5 for French). Recombining a few source sentences alone gives a vocabulary that stops
 * growing after the first megabyte, which flatters every table keyed by word: the benchmark would measure a
 * pipeline that never meets a new term. Here each word token is, at the rate Heaps' law asks for, replaced by
 * a new form grafted from two real words (the head of one, the tail of another), and afterwards reused with a
 * skew so that new forms recur as real rare words do. Seeded: the same seed gives the same corpus.
 */
import { createSeededRandom } from '../../src/lib/pipeline/seeded-random';
import type { GeneratedFile } from './generate-corpus';

const SENTENCES_PER_PARAGRAPH = [3, 8] as const;
const PARAGRAPHS_PER_ARTICLE = 30;
/** Heaps' law for the coined forms; K chosen so that 1 MB of text brings a few tens of thousands of forms. */
const HEAPS_K = 30;
const HEAPS_BETA = 0.55;
/** Short words (articles, prepositions) are the closed class real text never invents. */
const MIN_COINED_LENGTH = 4;
/** The share of word tokens that are drawn from coined forms at all (the rest stay as written). */
const COINED_SHARE = 0.25;
const WORD = /\p{L}+/gu;

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

export function generateOpenVocabulary(sentences: readonly string[], targetBytes: number, seed: number): GeneratedFile[] {
  const random = createSeededRandom(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const words = [...new Set(sentences.flatMap((sentence) => sentence.match(WORD) ?? []))].filter((word) => word.length >= MIN_COINED_LENGTH).sort();
  const coined: string[] = [];
  const known = new Set(words);
  let tokens = 0;

  const coin = (model: string): string => {
    for (;;) {
      const head = words[Math.floor(random() * words.length)];
      const tail = words[Math.floor(random() * words.length)];
      const cut = 2 + Math.floor(random() * (head.length - 2));
      const from = Math.floor(random() * (tail.length - 1));
      let form = (head.slice(0, cut) + tail.slice(from)).toLowerCase();
      if (isCapitalised(model)) form = form[0].toUpperCase() + form.slice(1);
      if (!known.has(form)) {
        known.add(form);
        return form;
      }
    }
  };

  const replace = (word: string): string => {
    if (word.length < MIN_COINED_LENGTH || random() >= COINED_SHARE) return word;
    tokens++;
    const wanted = HEAPS_K * tokens ** HEAPS_BETA;
    if (coined.length < wanted) {
      const form = coin(word);
      coined.push(form);
      return form;
    }
    // Skewed towards the most recent forms, so that a form reappears close to where it was first met.
    const index = coined.length - 1 - Math.floor(coined.length * random() ** 3);
    return coined[index];
  };

  const sentence = () => pick().replace(WORD, replace);
  const encoder = new TextEncoder();
  const files: GeneratedFile[] = [];
  let total = 0;
  while (total < targetBytes) {
    const paragraphs = [sentence().replace(/[.!?…]+$/u, '')];
    for (let p = 0; p < PARAGRAPHS_PER_ARTICLE; p++) {
      const [min, max] = SENTENCES_PER_PARAGRAPH;
      const count = min + Math.floor(random() * (max - min + 1));
      paragraphs.push(Array.from({ length: count }, sentence).join(' '));
    }
    const text = `${paragraphs.join('\n\n')}\n`;
    files.push({ name: `generated-${String(files.length).padStart(4, '0')}.txt`, text });
    total += encoder.encode(text).length;
  }
  return files;
}
