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
import { codeSplittingGroups } from './build/chunks.mjs';
import { singleFileHtml } from './build/single-file.ts';
import { minifyLitTemplates } from './build/templates.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => {
  const singleFile = mode === 'singlefile';
  return {
    // Relative asset paths: the build works from any folder of any static host.
    base: './',
    build: {
      target: 'es2022',
      // The lazy chunks (tools, fallbacks) import only the app's own chunk, which is loaded already:
      // nothing to preload, so no preload helper or polyfill in the first screen.
      modulePreload: false,
      rolldownOptions: {
        // The first screen in one chunk, each part loaded on demand in one of its own (build/chunks.mjs).
        output: { codeSplitting: { groups: codeSplittingGroups() } },
      },
      // The single file is added to the hosted build's dist/, which `vite build` has just emptied.
      ...(singleFile ? { emptyOutDir: false, copyPublicDir: false } : {}),
    },
    plugins: [
      minifyLitTemplates(),
      ...(singleFile ? [viteSingleFile(), singleFileHtml()] : [serviceWorker()]),
    ],
    test: {
      include: ['test/unit/**/*.test.ts'],
      environment: 'node',
    },
  };
});

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
