/**
 * `npm ci --omit=dev && npm run graph` works: every package the graph CLI loads, and the runner its script
 * names, is a dependency rather than a devDependency. The CLI's module graph is followed from its entry point
 * through relative imports, as Node would load it, so a new import of a test-only package fails here.
 */
import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`].find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
  if (!found) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return found;
}

/** `graphology-gexf/browser` → `graphology-gexf`, `@faker-js/faker/locale/fr` → `@faker-js/faker`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The bare packages a module graph imports, statically or by `import()`. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file.endsWith('.json')) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (specifier.startsWith('.')) queue.push(resolveLocal(file, specifier));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packages.add(packageName(specifier));
    }
  }
  return packages;
}

describe('npm run graph after a production install (npm ci --omit=dev)', () => {
  it('finds the runner its script names among the dependencies', () => {
    const runner = manifest.scripts.graph.split(' ')[0];
    expect(manifest.dependencies).toHaveProperty(runner);
  });

  it('loads only packages listed as dependencies', () => {
    const loaded = [...packagesLoadedBy('scripts/build-graph.ts')].sort();
    // The trace reaches the pipeline's packages, so an empty or partial walk cannot pass unnoticed.
    expect(loaded).toEqual(expect.arrayContaining(['graphology', 'valibot', 'pdfjs-dist']));
    expect(loaded.filter((name) => !(name in manifest.dependencies))).toEqual([]);
  });
});
