/**
 * The whole pipeline on small corpora: bad files are skipped with a warning naming them, an unusable corpus is
 * a clear error, and no text crashes the build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGraphData } from '../../../src/lib/graph/schema';
import { EmptyCorpusError } from '../../../src/lib/pipeline/build-graph';
import { buildFrom, nodeByLabel, sourceFile } from '../helpers/corpus';

const ARTICLE = `L’expérience client selon Claire Dubois

Claire Dubois, directrice de la société Axone, explique que l’expérience client change tout.
L’expérience client et la transformation digitale avancent ensemble. La transformation digitale touche les magasins.
Chez Axone, l’expérience client guide la transformation digitale des magasins.
`;

describe('buildGraph', () => {
  it('skips unusable files with a warning naming each, and builds the rest', async () => {
    const { graph, warnings } = await buildFrom([
      sourceFile('article.txt', ARTICLE),
      sourceFile('empty.txt', ''),
      { name: 'image.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]) },
      sourceFile('data.xlsx', 'whatever')
    ]);
    expect(graph.documents.map((document) => document.file)).toEqual(['article.txt']);
    expect(warnings.map((warning) => warning.source).sort()).toEqual(['data.xlsx', 'empty.txt', 'image.txt']);
    expect(nodeByLabel(graph, 'Claire Dubois')?.type).toBe('person');
    expect(nodeByLabel(graph, 'expérience client')?.type).toBe('concept');
  });

  it('fails with a message naming every file when no document is usable', async () => {
    const build = buildFrom([sourceFile('empty.txt', ''), sourceFile('notes.pdf', '%PDF-1.4')]);
    await expect(build).rejects.toThrow(EmptyCorpusError);
    await expect(build).rejects.toThrow(/no usable document[\s\S]*empty\.txt[\s\S]*notes\.pdf/);
  });

  it('builds a valid graph from any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), async (text) => {
        try {
          const { graph } = await buildFrom([sourceFile('a.txt', `Titre\n\n${text}`), sourceFile('b.md', `# B\n\n${text} ${text}`)]);
          expect(() => parseGraphData(JSON.parse(JSON.stringify(graph)))).not.toThrow();
        } catch (error) {
          // Text that cleans down to nothing is the one allowed failure, and it says so.
          expect(error).toBeInstanceOf(EmptyCorpusError);
        }
      }),
      { numRuns: 40, seed: 7 }
    );
  });
});
