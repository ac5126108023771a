/** The `npm run graph` command as a user runs it: outputs, summary, warnings, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphData } from '../../../src/lib/graph/schema';

function runGraph(...args: string[]) {
  return runGraphWith({}, ...args);
}

function runGraphWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env }
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE =
  'Note\n\nLa transformation digitale change l’expérience client. L’expérience client et la transformation digitale vont ensemble.\n';

/** The graph a run wrote into `folder/out`. */
function writtenGraph(folder: string) {
  return parseGraphData(JSON.parse(readFileSync(join(folder, 'out', 'graph.json'), 'utf8')));
}

function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'graph-cli-'));
  mkdirSync(join(folder, 'corpus'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, 'corpus', name), content);
  return folder;
}

describe('npm run graph', () => {
  it('writes the five outputs, warns about the file it skips, and prints a summary', () => {
    const folder = folderWith({
      'article.txt': 'La transformation digitale\n\nLa transformation digitale change l’expérience client. L’expérience client et la transformation digitale vont ensemble.\n',
      'image.txt': new Uint8Array([0, 1, 2, 3, 0, 0])
    });
    const { code, stdout, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation');
    expect(code).toBe(0);
    expect(readdirSync(join(folder, 'out')).sort()).toEqual(['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv']);
    expect(() => parseGraphData(JSON.parse(readFileSync(join(folder, 'out', 'graph.json'), 'utf8')))).not.toThrow();
    expect(stderr).toMatch(/warning: image\.txt: .*binary/);
    expect(stdout).toMatch(/^documents\s+1$/m);
    expect(stdout).toMatch(/^modularity /m);
  });

  it('exits non-zero with a clear message when no document is usable', () => {
    const folder = folderWith({ 'empty.txt': '' });
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/no usable document[\s\S]*empty\.txt/);
  });

  it('names the entry and field of a wrong curation file, and writes nothing', () => {
    const folder = folderWith({ 'a.txt': 'Titre\n\nUn texte.' });
    writeFileSync(join(folder, 'curation.json'), JSON.stringify({ setType: [{ node: 'x', type: 'place' }] }));
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--curation', join(folder, 'curation.json'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/curation\.json: setType\[0\]\.type/);
    expect(() => readdirSync(join(folder, 'out'))).toThrow();
  });

  it('refuses an explicit --curation file that does not exist, naming it, and writes nothing', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--curation', join(folder, 'curaton.json'));
    expect(code).toBe(2);
    expect(stderr).toContain(`${join(folder, 'curaton.json')}: curation file not found`);
    expect(() => readdirSync(join(folder, 'out'))).toThrow();
  });

  it('applies <corpus>/curation.json by default, and never reads it (nor corpus.json) as a text', () => {
    const folder = folderWith({
      'a.txt': ARTICLE,
      'curation.json': JSON.stringify({ rename: [{ node: 'expérience client', label: 'expérience du client' }] }),
      'corpus.json': JSON.stringify({ 'a.txt': { title: 'Un article' } })
    });
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'));
    expect(code, stderr).toBe(0);
    const graph = writtenGraph(folder);
    expect(graph.documents.map((document) => document.file)).toEqual(['a.txt']);
    expect(graph.nodes.map((node) => node.label)).toContain('expérience du client');
  });

  it('never applies the default corpus’ curation to another corpus, and --no-curation builds without any', () => {
    const folder = folderWith({ 'a.txt': ARTICLE, 'curation.json': JSON.stringify({ drop: ['expérience client'] }) });
    // The default corpus' curation names dozens of nodes this corpus lacks: applied, each would warn.
    const other = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation');
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).not.toMatch(/curation/);
    expect(writtenGraph(folder).nodes.map((node) => node.label)).toContain('expérience client');

    const bare = folderWith({ 'a.txt': ARTICLE });
    const run = runGraph('--corpus', join(bare, 'corpus'), '--out', join(bare, 'out'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/curation/);
  });

  it('names the curation file in the warnings of its stale entries', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    writeFileSync(join(folder, 'mine.json'), JSON.stringify({ drop: ['inexistant'] }));
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--curation', join(folder, 'mine.json'));
    expect(code).toBe(0);
    expect(stderr).toContain(`warning: ${join(folder, 'mine.json')}: drop[0] "inexistant" names no node`);
  });

  it('checks that --out is writable before building, in one line with exit code 2', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    writeFileSync(join(folder, 'plain-file'), '');
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'plain-file', 'out'), '--no-curation');
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n').filter((line) => !line.startsWith('graph: reading'));
    expect(lines).toEqual([`graph: ${join(folder, 'plain-file', 'out')}: output folder is not writable (ENOTDIR)`]);
  });

  it('refuses a corpus larger than one run can build before reading it, naming its size and the limit', () => {
    const folder = folderWith({ 'a.txt': ARTICLE.repeat(20) });
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation', '--max-corpus-mb', '0.001');
    expect(code).toBe(2);
    expect(stderr).toMatch(/the corpus is \d(\.\d)? kB, more than the 1 kB one run can build/);
    expect(stderr).not.toMatch(/reading a\.txt|lexicon/);
  });

  it('says a --corpus that is a file is not a folder, in one line with exit code 2', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    const file = join(folder, 'corpus', 'a.txt');
    const { code, stderr } = runGraph('--corpus', file, '--out', join(folder, 'out'), '--no-curation');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`graph: ${file}: is a file, not a corpus folder`);
  });

  it('tells two sizes apart when refusing a corpus just over the limit', () => {
    const folder = folderWith({ 'a.txt': ARTICLE.repeat(20) });
    const bytes = Buffer.byteLength(ARTICLE.repeat(20));
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation', '--max-corpus-mb', String((bytes - 1) / 1024 / 1024));
    expect(code).toBe(2);
    const [, size, limit] = /the corpus is (.+?), more than the (.+?) one run can build/.exec(stderr) ?? [];
    expect(size).toBeDefined();
    expect(size).not.toBe(limit);
  });

  it('refuses, before reading anything, a build that needs more memory than the machine has', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation', '--max-memory-mb', '100000000');
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^graph: .*corpus: building .+ of text needs about 100000256 MB of memory, more than the \d+ MB this machine has; lower --max-memory-mb$/);
  });

  it('ends a build that runs out of its memory on a line saying so, with exit code 1', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    mkdirSync(join(folder, 'out'));
    writeFileSync(join(folder, 'out', 'graph.json'), 'previous');
    // 48 MB cannot hold the lexicon: the build's process is really given the heap it was sized.
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation', '--max-memory-mb', '48');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^graph: .*corpus: the build ran out of memory \(48 MB for .+ of text\); split the corpus, or give it more with --max-memory-mb 96$/);
    expect(readFileSync(join(folder, 'out', 'graph.json'), 'utf8')).toBe('previous');
  });

  it('leaves the previous outputs and no temporary file when writing fails', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    mkdirSync(join(folder, 'out'));
    writeFileSync(join(folder, 'out', 'graph.json'), 'previous');
    // A directory where the GEXF's temporary file goes: that write fails after graph.json's succeeded.
    mkdirSync(join(folder, 'out', 'graph.gexf.tmp'));
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation');
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write the outputs/);
    expect(readFileSync(join(folder, 'out', 'graph.json'), 'utf8')).toBe('previous');
    expect(readdirSync(join(folder, 'out')).sort()).toEqual(['graph.gexf.tmp', 'graph.json']);
  });

  it('builds from a lexicon kept in memory when its cache cannot be written', () => {
    const folder = folderWith({ 'a.txt': ARTICLE });
    writeFileSync(join(folder, 'not-a-folder'), '');
    const { code, stderr } = runGraphWith({ XDG_CACHE_HOME: join(folder, 'not-a-folder') }, '--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation');
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/warning: load-lexicon: cannot write the cache .*not-a-folder/);
    expect(writtenGraph(folder).documents).toHaveLength(1);
  });

  it('names corpus.json by its path, once, with every unknown field', () => {
    const folder = folderWith({ 'a.txt': ARTICLE, 'corpus.json': JSON.stringify({ 'a.txt': { titre: 'x', auteur: 'y' } }) });
    const { code, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--no-curation');
    expect(code).toBe(2);
    const path = join(folder, 'corpus', 'corpus.json');
    expect(stderr).toContain(`graph: ${path}: "a.txt".titre is not a known field`);
    expect(stderr).toContain(`; ${path}: "a.txt".auteur is not a known field`);
    expect(stderr).not.toContain(`${path}: corpus.json`);
  });
});
