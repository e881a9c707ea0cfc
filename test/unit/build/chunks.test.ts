/// <reference types="node" />
/**
 * The hosted build's chunks against build/chunks.mjs: a customer's first screen never fetches the
 * trainer's tools, and every part loaded on demand is in the chunk declared for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ON_DEMAND_CHUNKS } from '../../../build/chunks.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** A module's path from the root; a plugin's virtual module (`/@plugin/virtual:…`) by its id. */
const fromRoot = (id: string) =>
  id.startsWith(ROOT) ? relative(ROOT, id).replaceAll('\\', '/') : id.replace(/^\//, '');

let outDir: string;
let chunks: Rolldown.OutputChunk[];
let html: string;
/** Every module some module imports with `import()`, from the project's root. */
let lazy: string[];

beforeAll(async () => {
  const recorder: Plugin = {
    name: 'record-lazy-imports',
    buildEnd() {
      lazy = [...this.getModuleIds()]
        .filter((id) => (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0)
        .map(fromRoot)
        .sort();
    },
  };
  // What users get: Vitest's NODE_ENV=test would make Vite bundle Lit's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // Written (the service worker lists the files on disk), but not into the project's dist/.
  outDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-chunks-'));
  try {
    const output = await build({
      root: ROOT,
      logLevel: 'warn',
      plugins: [recorder],
      build: { outDir, emptyOutDir: true },
    });
    const bundle = (Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput;
    chunks = bundle.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
    const page = bundle.output.find((file) => file.fileName === 'index.html');
    html = page?.type === 'asset' ? String(page.source) : '';
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const chunkNamed = (name: string) => chunks.find((chunk) => chunk.name === name);

/** `chunk` and every chunk it imports statically, transitively: what loads with it. */
function loadedWith(chunk: Rolldown.OutputChunk): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    chunks.find((candidate) => candidate.fileName === fileName)?.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return found;
}

describe('the chunks of the hosted build', () => {
  it('has one first-screen chunk, the one index.html loads, with the login page and the token panel', () => {
    const entries = chunks.filter((chunk) => chunk.isEntry);
    expect(entries.map((chunk) => chunk.name)).toEqual(['index']);
    const [entry] = entries;
    expect([...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+)"/g)].map(([, src]) => src)).toEqual([
      entry.fileName,
    ]);
    expect(loadedWith(entry)).toEqual(new Set([entry.fileName]));
    const modules = entry.moduleIds.map(fromRoot);
    for (const element of ['bank-login', 'soft-token-panel']) {
      expect(modules).toContain(`components/${element}.ts`);
    }
  });

  it("loads an installed app's element on its own, with what it shares with the tools but not the tools", () => {
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const token = chunkNamed('soft-token')!;
    expect(loadedWith(entry)).not.toContain(token.fileName);
    expect(token.moduleIds.map(fromRoot)).toContain('components/soft-token.ts');
    expect([...loadedWith(token)].sort()).toEqual(
      [entry, token, chunkNamed('token-parts')!].map((chunk) => chunk.fileName).sort(),
    );
  });

  it('loads what "Add to an app on your phone" shows open with it: the URI\'s making and the QR encoder', () => {
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const details = chunkNamed('own-phone-details')!.moduleIds.map(fromRoot);
    // src/otp/uri.ts too, which src/otp/index.ts re-exports: the app's modules do not import that.
    for (const module of ['src/qr.ts', 'src/otp/uri.ts', 'src/token/own-phone-uri.ts']) {
      expect(details).toContain(module);
      expect(entry.moduleIds.map(fromRoot)).not.toContain(module);
    }
  });

  it('loads the steps after the login page in one chunk of their own, every step of the flows', () => {
    const steps = chunkNamed('flow-screens');
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    expect(loadedWith(entry)).not.toContain(steps!.fileName);
    const modules = steps!.moduleIds.map(fromRoot);
    for (const screen of [
      'bank-login-otp',
      'bank-account',
      'bank-register-auth',
      'bank-register-token',
      'bank-register-done',
      'bank-deactivate-auth',
      'bank-deactivate-otp',
      'bank-deactivate-done',
      'deactivation-trail',
    ]) {
      expect(modules).toContain(`components/${screen}.ts`);
    }
  });

  it("never loads the trainer's tools with a customer's first screen, nor from any chunk but the tools", () => {
    const tools = chunkNamed('tools');
    expect(tools).toBeDefined();
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    expect(loadedWith(entry)).not.toContain(tools!.fileName);
    const importers = chunks.filter((chunk) => chunk.imports.includes(tools!.fileName));
    expect(importers.map((chunk) => chunk.name)).toEqual([]);
  });

  it('puts every module imported lazily in the chunk declared for it, and makes no other chunk', () => {
    const declared = ON_DEMAND_CHUNKS.flatMap(({ name, modules }) =>
      modules.map((module) => ({ name, module })),
    );
    // A group's module is imported by other on-demand chunks only, never lazily.
    const group = new Set(ON_DEMAND_CHUNKS.filter((chunk) => chunk.group).flatMap(({ modules }) => modules));
    expect(lazy).toEqual(
      declared
        .map(({ module }) => module)
        .filter((module) => !group.has(module))
        .sort(),
    );
    for (const { name, module } of declared) {
      const holder = chunks.find((chunk) => chunk.moduleIds.map(fromRoot).includes(module));
      expect(holder?.name, module).toBe(name);
      expect(holder?.fileName, module).toMatch(new RegExp(`^assets/${name}-[\\w-]+\\.js$`));
    }
    expect(chunks.map((chunk) => chunk.name).sort()).toEqual(
      ['index', ...ON_DEMAND_CHUNKS.map(({ name }) => name)].sort(),
    );
  });

  it('loads each on-demand chunk with nothing but the first screen, already there, and the shared groups', () => {
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const groups = ON_DEMAND_CHUNKS.filter((chunk) => chunk.group).map(({ name }) => chunkNamed(name)!);
    for (const { name, group } of ON_DEMAND_CHUNKS) {
      const allowed = [entry, ...(group ? [] : groups)].map((chunk) => chunk.fileName);
      expect(
        chunkNamed(name)!.imports.filter((file) => !allowed.includes(file)),
        name,
      ).toEqual([]);
    }
    // The demo's customers: with the seed and the tools, never with the first screen.
    const customers = chunkNamed('demo-customers')!.fileName;
    expect(loadedWith(entry)).not.toContain(customers);
    for (const name of ['demo-seed', 'tools']) {
      expect(chunkNamed(name)!.imports, name).toContain(customers);
    }
  });
});
