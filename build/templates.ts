/// <reference types="node" />
/**
 * Lit's `html` and `css` templates, minified at build time by a parser (TypeScript's, through
 * minify-literals): html-minifier-terser for the markup, clean-css for the styles. Only tagged
 * templates change; comments and other code are left to the bundler.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import type { Plugin } from 'vite';

const COMPONENTS = fileURLToPath(new URL('../components/', import.meta.url));

/**
 * The plugin for production builds, over the modules under `folder` (by default components/, every
 * element and its styles and helpers). Whitespace collapses conservatively: where there was some,
 * one space stays, so no two inline words ever run together. A template it cannot parse fails the build.
 */
export function minifyLitTemplates(folder = COMPONENTS): Plugin {
  const root = folder.endsWith(sep) ? folder : folder + sep;
  return {
    ...(minifyTemplateLiterals({
      filter: (id) => id.startsWith(root) && id.endsWith('.ts'),
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }) as Plugin),
    apply: 'build',
  };
}
