/// <reference types="node" />
/**
 * No module of the app imports itself through others, not even for a type: each cycle is a place
 * where two files cannot be read, moved or split apart (issue "one house"). TypeScript's own
 * scanner lists every import, `import type` and `export … from` included.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(ROOT, folder, file));
}

/** The project's modules that `file` imports (relative specifiers naming their .js file). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

/** Every cycle found by a depth-first walk, each as the files from where it closes. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file].map((f) => relative(ROOT, f)));
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
    done.add(file);
  };
  for (const file of files) walk(file, []);
  return found;
}

describe('the import graph of src/, components/ and main.ts', () => {
  it('has no cycle, type-only imports included', () => {
    const files = [...sources('src'), ...sources('components'), join(ROOT, 'main.ts')];
    expect(files.length).toBeGreaterThan(50);
    expect(cycles(files)).toEqual([]);
  });

  it('finds a cycle made of type-only imports', () => {
    const folder = mkdtempSync(join(tmpdir(), 'otp-rehearsal-cycle-'));
    try {
      writeFileSync(join(folder, 'a.ts'), "import type { B } from './b.js';\nexport type A = B[];\n");
      writeFileSync(join(folder, 'b.ts'), "export type { A as B } from './a.js';\n");
      writeFileSync(join(folder, 'c.ts'), "import type { A } from './a.js';\nexport type C = A;\n");
      const found = cycles(['a.ts', 'b.ts', 'c.ts'].map((file) => join(folder, file)));
      expect(found.map((cycle) => cycle.map((file) => file.slice(-4)))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
