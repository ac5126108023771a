import { readFileSync } from 'node:fs';
import { buildGraph } from '../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../src/lib/pipeline/lexicon/stopwords-fr';
import { loadLexicon } from './lib/load-lexicon';
const lexicon = await loadLexicon();
const text = process.argv[2];
const { graph } = buildGraph({ files: [{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], lexicon, fillerNouns: FILLER_NOUNS, options: { concepts: { minTermFrequency: 1, minWordFrequency: 1, minCValue: 0 } } });
for (const n of graph.nodes) if (n.type !== 'document') console.log(n.type, n.id, '|', n.label, n.frequency, n.importance);
