/**
 * Generated corpora for benchmarks: the default corpus's sentences recombined into new articles, seeded, so
 * the vocabulary, names and sentence shapes are real and the same seed always gives the same corpus.
 */
import { createSeededRandom } from '../../src/lib/pipeline/seeded-random';

export interface GeneratedFile {
  name: string;
  text: string;
}

const SENTENCES_PER_PARAGRAPH = [3, 8] as const;
const PARAGRAPHS_PER_ARTICLE = 30;

export function generateCorpus(sentences: readonly string[], targetBytes: number, seed: number): GeneratedFile[] {
  const random = createSeededRandom(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const encoder = new TextEncoder();
  const files: GeneratedFile[] = [];
  let total = 0;
  while (total < targetBytes) {
    const paragraphs = [pick().replace(/[.!?…]+$/u, '')];
    for (let p = 0; p < PARAGRAPHS_PER_ARTICLE; p++) {
      const [min, max] = SENTENCES_PER_PARAGRAPH;
      const count = min + Math.floor(random() * (max - min + 1));
      paragraphs.push(Array.from({ length: count }, pick).join(' '));
    }
    const text = `${paragraphs.join('\n\n')}\n`;
    files.push({ name: `generated-${String(files.length).padStart(4, '0')}.txt`, text });
    total += encoder.encode(text).length;
  }
  return files;
}
