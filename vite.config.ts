/// <reference types="node" />
/**
 * Two builds, one `npm run build` (see package.json):
 * - `vite build`: the hosted app in dist/, relative paths (any folder of any static host), plus
 *   dist/sw.js, a service worker that precaches every file in dist/ (build/service-worker.ts).
 * - `vite build --mode singlefile`: dist/otp-rehearsal.html, the whole app in one file (JavaScript
 *   inlined by vite-plugin-singlefile, the icon as a data: URL) that works opened from disk
 *   (file://, where Chromium refuses module scripts from other files). Its Content-Security-Policy
 *   allows exactly its own inline script, by hash, instead of 'self' (build/single-file.ts). This
 *   build writes dist/sw.js again, so that the worker lists the single file too.
 */
import { viteSingleFile } from 'vite-plugin-singlefile';
import { codeSplittingGroups } from './build/chunks.mjs';
import { plainDynamicImports } from './build/preload.ts';
import { serviceWorker } from './build/service-worker.ts';
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
      // nothing to preload, so no preload polyfill in the first screen (and the helper that Vite
      // keeps anyway is reduced to the import it wraps: build/preload.ts).
      modulePreload: false,
      rolldownOptions: {
        // The first screen in one chunk, each part loaded on demand in one of its own (build/chunks.mjs).
        output: { codeSplitting: { groups: codeSplittingGroups() } },
        // Without this, Rolldown reaches the token's chunk (soft-token) through a namespace object, to
        // spare a chunk load it counts as redundant; that object's helper then goes into a runtime
        // chunk of its own, which the token and the tools both fetch (test/unit/build/chunks.test.ts).
        experimental: { chunkOptimization: { avoidRedundantChunkLoads: false } },
      },
      // The single file is added to the hosted build's dist/, which `vite build` has just emptied.
      ...(singleFile ? { emptyOutDir: false, copyPublicDir: false } : {}),
    },
    plugins: [
      minifyLitTemplates(),
      plainDynamicImports(),
      ...(singleFile ? [viteSingleFile(), singleFileHtml()] : []),
      // Last in both builds: the single file's build, second, lists it in the worker too.
      serviceWorker(),
    ],
    test: {
      include: ['test/unit/**/*.test.ts'],
      environment: 'node',
    },
  };
});
