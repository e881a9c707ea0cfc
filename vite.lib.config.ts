/// <reference types="node" />
/**
 * The library build (`npm run build:lib`, scripts/build-lib.mjs runs it twice), into dist-lib/:
 * - mode `modules`: one ES module per element, `components/<tag>.js`, each defining its element when
 *   imported, plus `index.js` defining them all. The package's dependencies (`lit`, `idb`, …) stay
 *   imports, so a bundler or an import map resolves them and a page that
 *   uses Lit itself loads it once. Code the elements share lands in `chunks/`.
 * - mode `bundle`: `otp-rehearsal.js`, every element with Lit and the rest inside, minified, in one
 *   file with no import: one `<script type="module">` tag, no bundler, no import map.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { minifyLitTemplates } from './build/templates.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const INDEX = 'virtual:otp-rehearsal-index';

/** The tags of the elements: components/ holds one file per element, named after its tag, and their styles. */
function elementTags(): string[] {
  return readdirSync(`${root}components`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/** The package's dependencies (lit, idb, …): imports of the per-element modules, not inside them. */
const DEPENDENCIES = Object.keys(
  (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies?: Record<string, string> })
    .dependencies ?? {},
);
const isDependency = (id: string) => DEPENDENCIES.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig(({ mode }) => {
  if (mode !== 'modules' && mode !== 'bundle') {
    throw new Error(`vite.lib.config.ts: --mode modules or --mode bundle, not ${mode}`);
  }
  const bundle = mode === 'bundle';
  const tags = elementTags();
  const entry: Record<string, string> = bundle
    ? { 'otp-rehearsal': INDEX }
    : {
        index: INDEX,
        ...Object.fromEntries(tags.map((tag) => [`components/${tag}`, `components/${tag}.ts`])),
      };
  return {
    // The library ships no public/ folder and no HTML: only modules.
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist-lib',
      // scripts/build-lib.mjs empties dist-lib once; the two builds write beside each other.
      emptyOutDir: false,
      copyPublicDir: false,
      minify: bundle,
      lib: {
        entry,
        formats: ['es'],
      },
      rolldownOptions: {
        external: bundle ? [] : isDependency,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The all-in-one file is one file: @noble/hashes (a lazy chunk in the app) is inside it.
          // Vite's library mode keeps the whitespace of ES output (for bundlers to read); a file
          // served as it is gets fully minified, as the app's build is.
          ...(bundle ? { codeSplitting: false, minify: true } : {}),
        },
      },
    },
    plugins: [indexModule(tags), minifyLitTemplates()],
  };
});

/** The entry that defines every element and exports their classes. */
function indexModule(tags: string[]): Plugin {
  const resolved = `\0${INDEX}`;
  return {
    name: 'otp-rehearsal:library-index',
    // Vite hands library entries over as paths under the root: match the name at the end.
    resolveId: (id) => (id === INDEX || id.endsWith(`/${INDEX}`) ? resolved : undefined),
    load: (id) =>
      id === resolved ? tags.map((tag) => `export * from '/components/${tag}.ts';\n`).join('') : undefined,
  };
}
