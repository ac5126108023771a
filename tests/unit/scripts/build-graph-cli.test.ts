/** The `npm run graph` command as a user runs it: outputs, summary, warnings, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphData } from '../../../src/lib/graph/schema';

function runGraph(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
    const { code, stdout, stderr } = runGraph('--corpus', join(folder, 'corpus'), '--out', join(folder, 'out'), '--curation', join(folder, 'none.json'));
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
});
