/// <reference types="node" />
/**
 * build/preload.ts in a real client build: a dynamic import goes through the plain helper (no
 * preloading, no `vite:preloadError`, so no `window`), still loads its chunk and still fails as the
 * import fails; and a dynamic import with CSS to preload fails the build instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainDynamicImports } from '../../../build/preload.js';

let folder: string;

/** Builds `files` (the entry: main.ts) as the app is built, into `out/`; the files written there. */
async function buildApp(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(folder, 'app-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [plainDynamicImports()],
    build: {
      outDir: join(root, 'out'),
      minify: false,
      modulePreload: false,
      rolldownOptions: { input: join(root, 'main.ts'), output: { entryFileNames: 'main.js' } },
    },
  });
  return readdirSync(join(root, 'out'), { recursive: true, encoding: 'utf8' }).map((file) =>
    join(root, 'out', file),
  );
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'otp-rehearsal-preload-'));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('plainDynamicImports', () => {
  it('loads a dynamic import without preloading, and fails as the import fails', async () => {
    const app = {
      'main.ts': `(globalThis as any).loadPart = () => import('./part.js').then((module) => module.value);`,
      'part.ts': `export const value = 'the part';`,
    };
    const global = globalThis as { loadPart?: () => Promise<string> };
    const entry = (files: string[]) => files.find((file) => file.endsWith('main.js'))!;

    const files = await buildApp(app);
    const code = readFileSync(entry(files), 'utf8');
    expect(code).toContain('__vitePreload');
    expect(code).not.toContain('preloadError');
    expect(code).not.toContain('document');
    await import(pathToFileURL(entry(files)).href);
    expect(await global.loadPart!()).toBe('the part');

    // A part that cannot be fetched: the import's own error, for src/lazy.ts to handle.
    const broken = await buildApp(app);
    unlinkSync(broken.find((file) => /part-[\w-]+\.js$/.test(file))!);
    await import(pathToFileURL(entry(broken)).href);
    await expect(global.loadPart!()).rejects.toThrow(/Cannot find module/);
    delete global.loadPart;
  }, 60_000);

  it('fails the build when a dynamic import has CSS to preload', async () => {
    await expect(
      buildApp({
        'main.ts': `(globalThis as any).loadPart = () => import('./part.js');`,
        'part.ts': `import './part.css';\nexport const value = 1;`,
        'part.css': `p { color: red; }`,
      }),
    ).rejects.toThrow(/files to preload/);
  }, 60_000);
});
