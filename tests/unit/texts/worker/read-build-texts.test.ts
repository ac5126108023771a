// The browser build's two halves, run in Node on the real readers and the lexicon file the site ships:
// files read with their titles, authors and problems; the built graph the CLI's, byte for byte.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../../scripts/lib/graph-files';
import { buildGraph } from '../../../../src/lib/pipeline/build-graph';
import { FILLER_NOUNS } from '../../../../src/lib/pipeline/lexicon/stopwords-fr';
import { buildLexiconBundle } from '../../../../scripts/lib/load-lexicon';
import { parseLexiconBundle } from '../../../../src/lib/pipeline/lexicon/lexicon-bundle';
import { buildTexts, loadedLexicon } from '../../../../src/lib/texts/worker/build-texts';
import { readTexts } from '../../../../src/lib/texts/worker/read-texts';
import { ownTextFiles, OWN_TEXTS } from '../../../fixtures/own-texts';
import { buildFrom, readFolder, realLexicon, sourceFile } from '../../helpers/corpus';
import { toJson } from '../../../../src/lib/pipeline/export/to-json';

/** The lexicon as the worker gets it: the site's file, through JSON and the bundle's checks. */
async function shippedLexicon() {
  const text = JSON.stringify(await buildLexiconBundle());
  return loadedLexicon(parseLexiconBundle(JSON.parse(text), 'lexicon.json'));
}

describe('readTexts', () => {
  it('gives each file its title and author, from the PDF and DOCX metadata, and says why a file cannot be used', async () => {
    const files = [...(await ownTextFiles()), sourceFile('vide.txt', '   \n'), sourceFile('tableur.xlsx', 'x')];
    const read = await readTexts(files);
    const byName = Object.fromEntries(read.map((text) => [text.file.name, text]));
    expect(byName[OWN_TEXTS.txt.name]).toMatchObject({ title: OWN_TEXTS.txt.title, problem: null });
    expect(byName[OWN_TEXTS.pdf.name]).toMatchObject({ title: OWN_TEXTS.pdf.title, author: OWN_TEXTS.pdf.author, problem: null });
    expect(byName[OWN_TEXTS.docx.name]).toMatchObject({ title: OWN_TEXTS.docx.title, author: OWN_TEXTS.docx.author, problem: null });
    expect(byName['vide.txt']).toMatchObject({ title: null, problem: 'empty (no text)' });
    expect(byName['tableur.xlsx'].problem).toMatch(/^unsupported extension "\.xlsx"/);
    // The PDF comes back with its text, so the build does not read it again.
    expect(byName[OWN_TEXTS.pdf.name].file.extracted).toMatchObject({ ok: true, text: expect.stringContaining('économie circulaire') });
  });
});

describe('buildTexts', () => {
  it('builds the default articles with the shipped lexicon into the bytes the CLI writes for them', async () => {
    const files = readFolder('graph-data/corpus');
    const lexicon = await shippedLexicon();
    const stages: string[] = [];
    const built = buildTexts({ files, metadata: {} }, lexicon, (stage) => stages.push(stage));
    expect(built.graphJson).toBe(toJson((await buildFrom(files)).graph));
    expect(stages).toEqual(['ingest', 'segment', 'extract', 'resolve', 'link', 'cluster', 'layout', 'assemble']);
    expect(built.counts.documents).toBe(5);
  });

  it('builds what the CLI builds from the same folder, corrections written in its corpus.json', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'own-texts-'));
    const files = await ownTextFiles();
    for (const file of files) writeFileSync(join(folder, file.name), file.bytes);
    const metadata = { [OWN_TEXTS.pdf.name]: { title: 'Le rapport régional', author: null } };
    writeFileSync(join(folder, 'corpus.json'), JSON.stringify(metadata));
    const corpus = await readCorpus(folder, () => undefined).finally(() => rmSync(folder, { recursive: true, force: true }));
    const cli = buildGraph({ files: corpus.files, metadata: corpus.metadata, lexicon: await realLexicon(), fillerNouns: FILLER_NOUNS });

    const read = await readTexts(files);
    expect(buildTexts({ files: read.map((text) => text.file), metadata }, await shippedLexicon()).graphJson).toBe(toJson(cli.graph));
  });

  it('builds the three formats into one graph, with the corrected title', async () => {
    const read = await readTexts(await ownTextFiles());
    const built = buildTexts({ files: read.map((text) => text.file), metadata: { [OWN_TEXTS.txt.name]: { title: 'Les ateliers lyonnais' } } }, await shippedLexicon());
    const graph = JSON.parse(built.graphJson) as { documents: { title: string; author: string | null }[]; nodes: { label: string }[] };
    expect(graph.documents.map((document) => [document.title, document.author]).sort()).toEqual([
      ['Les ateliers lyonnais', null],
      [OWN_TEXTS.docx.title, OWN_TEXTS.docx.author],
      [OWN_TEXTS.pdf.title, OWN_TEXTS.pdf.author]
    ]);
    expect(graph.nodes.map((node) => node.label)).toContain('économie circulaire');
  });
});

