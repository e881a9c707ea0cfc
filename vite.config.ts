/// <reference types="node" />
/**
 * Two builds, one `npm run build` (see package.json):
 * - `vite build`: the hosted app in dist/, relative paths (any folder of any static host), plus
 *   dist/sw.js, a service worker that precaches every file of the build (offline after one visit).
 * - `vite build --mode singlefile`: dist/otp-rehearsal.html, the whole app in one file (JavaScript
 *   inlined by vite-plugin-singlefile, the icon as a data: URL) that works opened from disk
 *   (file://, where Chromium refuses module scripts from other files). Its Content-Security-Policy
 *   allows exactly its own inline script, by hash, instead of 'self'.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileHtml } from './build/single-file.ts';
import { shrinkLitTemplates } from './scripts/minify-templates.ts';
import { defineConfig } from 'vitest/config';

/**
 * The lazy imports that are not the trainer's tools, each a chunk of its own with what only it
 * uses: fallbacks (the pure-JS hashes without WebCrypto, the memory store without IndexedDB), the
 * QR encoder, the software keyboard and the help pages.
 */
const ON_DEMAND =
  /[\\/](src[\\/](noble-hashes|qr|store[\\/]memory)|components[\\/](software-keyboard|bank-help))\.ts$/;

/** The trainer's tools, each imported when a trainer first opens it: one chunk for all three. */
const TRAINER_TOOLS = /[\\/]components[\\/](trainer-bar|guided-rehearsal|bank-counter)\.ts$/;

export default defineConfig(({ mode }) => {
  const singleFile = mode === 'singlefile';
  const graph = moduleGraph();
  return {
    // Relative asset paths: the build works from any folder of any static host.
    base: './',
    build: {
      target: 'es2022',
      // The lazy chunks (tools, fallbacks) import only the app's own chunk, which is loaded already:
      // nothing to preload, so no preload helper or polyfill in the first screen.
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // What the page imports up front is one chunk (one gzip dictionary); the trainer's
                // tools are another, loaded when a trainer first opens one; the ON_DEMAND imports
                // are left to automatic chunking, one chunk each.
                name: (id: string) =>
                  graph.firstScreen.has(id) ? 'app' : graph.onDemand.has(id) ? null : 'tools',
                debugName: 'first screen and tools',
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
      // The single file is added to the hosted build's dist/, which `vite build` has just emptied.
      ...(singleFile ? { emptyOutDir: false, copyPublicDir: false } : {}),
    },
    plugins: [
      graph.plugin,
      shrinkLitTemplates(),
      ...(singleFile ? [viteSingleFile(), singleFileHtml()] : [serviceWorker()]),
    ],
    test: {
      include: ['test/unit/**/*.test.ts'],
      environment: 'node',
    },
  };
});

/**
 * Where each module belongs, from the module graph once it is built (buildEnd comes before the
 * chunks are made): `firstScreen`, what the entries import statically; `onDemand`, what only an
 * ON_DEMAND import reaches. Anything else only TRAINER_TOOLS reach.
 */
function moduleGraph() {
  const firstScreen = new Set<string>();
  const onDemand = new Set<string>();
  const plugin: Plugin = {
    name: 'otp-rehearsal:module-graph',
    apply: 'build',
    buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      /** `roots` and every module they import statically, but for those in `stop`. */
      const closure = (roots: string[], stop: ReadonlySet<string> = new Set()) => {
        const found = new Set<string>();
        for (let id = roots.pop(); id !== undefined; id = roots.pop()) {
          if (found.has(id) || stop.has(id)) continue;
          found.add(id);
          roots.push(...(info(id)?.importedIds ?? []));
        }
        return found;
      };
      const ids = [...this.getModuleIds()];
      firstScreen.clear();
      for (const id of closure(ids.filter((id) => info(id)?.isEntry))) firstScreen.add(id);
      if (firstScreen.size === 0) this.error('module graph: no entry');
      const lazy = new Set(ids.flatMap((id) => info(id)?.dynamicallyImportedIds ?? []));
      for (const id of lazy) {
        if (!ON_DEMAND.test(id) && !TRAINER_TOOLS.test(id)) {
          this.error(`module graph: ${id} is imported lazily: add it to ON_DEMAND or TRAINER_TOOLS`);
        }
      }
      const onDemandRoots = [...lazy].filter((id) => ON_DEMAND.test(id));
      onDemand.clear();
      for (const id of closure(onDemandRoots, firstScreen)) onDemand.add(id);
    },
    generateBundle(_options, bundle) {
      // A customer's page must never fetch the trainer's tools for something of its own.
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const tools = chunks.find((chunk) => chunk.name === 'tools')?.fileName;
      for (const chunk of chunks) {
        if (tools && chunk.fileName !== tools && chunk.imports.includes(tools)) {
          this.error(`module graph: ${chunk.fileName} imports the trainer's tools (${tools})`);
        }
      }
    },
  };
  return {
    plugin,
    firstScreen: firstScreen as ReadonlySet<string>,
    onDemand: onDemand as ReadonlySet<string>,
  };
}

/** Emits sw.js: service-worker/sw.js with the build's file list and a version derived from them. */
function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'otp-rehearsal:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Map<string, string | Uint8Array>();
        for (const output of Object.values(bundle)) {
          if (output.fileName.endsWith('.map')) continue;
          files.set(output.fileName, output.type === 'chunk' ? output.code : output.source);
        }
        if (config.build.copyPublicDir && config.publicDir && existsSync(config.publicDir)) {
          for (const path of walk(config.publicDir)) {
            files.set(relative(config.publicDir, path).split(sep).join('/'), readFileSync(path));
          }
        }
        files.delete('sw.js');
        const names = [...files.keys()].sort();
        const hash = createHash('sha256');
        for (const name of names) hash.update(`${name}\0`).update(files.get(name)!).update('\0');
        const version = hash.digest('hex').slice(0, 16);
        // The page is cached as its folder ('./'), the address people open; index.html maps to it.
        const urls = names.map((name) => (name === 'index.html' ? './' : `./${name}`));
        const source = readFileSync(new URL('./service-worker/sw.js', import.meta.url), 'utf8');
        const filled = source
          .replace(/^const FILES = \[\];$/m, () => `const FILES = ${JSON.stringify(urls)};`)
          .replace(/^const VERSION = 'development';$/m, () => `const VERSION = '${version}';`);
        if (!filled.includes(version) || filled.includes('const FILES = [];')) {
          this.error('service-worker/sw.js: the FILES and VERSION lines to fill in are missing');
        }
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: filled });
      },
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
