/// <reference types="node" />
/**
 * Lit's `html` and `css` templates, minified at build time by a parser (TypeScript's, through
 * minify-literals): html-minifier-terser for the markup, clean-css for the styles. Only tagged
 * templates change; comments and other code are left to the bundler.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import CleanCSS from 'clean-css';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import type { Plugin } from 'vite';

const COMPONENTS = fileURLToPath(new URL('../components/', import.meta.url));

/** What minify-literals puts where each `${}` of a template was, and splits the result by. */
const PLACEHOLDER = '@TEMPLATE_EXPRESSION();';

/**
 * A `${}` inside a declaration's value (`margin: ${space} 0`), as a word clean-css keeps as it is;
 * the library's own placeholder ends the declaration there (it carries a `;`), so clean-css warns
 * about what follows and the library ships the whole template unminified.
 */
const valueWord = (index: number) => `tplvalue${index}x`;

/**
 * A css template's text, `${}` marked by PLACEHOLDER, minified by clean-css. Each `${}` in a value
 * becomes a plain word for clean-css; one that stands for rules (`${buttonBase}` between blocks)
 * or a property name keeps the library's placeholder. If clean-css still warns, the template stays
 * as written, less its line breaks, as the library does.
 */
function minifyCssTemplate(text: string): string {
  const pieces = text.split(PLACEHOLDER);
  let marked = pieces[0];
  for (let index = 1; index < pieces.length; index++) {
    const before = marked.trimEnd();
    const inValue = before !== '' && !/[{};]$/.test(before);
    marked += (inValue ? valueWord(index) : PLACEHOLDER) + pieces[index];
  }
  const output = new CleanCSS({}).minify(marked.replaceAll(`${PLACEHOLDER}:`, '--template-expression:'));
  if (output.errors.length > 0 || output.warnings.length > 0) return text.replace(/[\n\r]/g, '');
  let styles = output.styles.replaceAll('--template-expression:', `${PLACEHOLDER}:`);
  for (let index = 1; index < pieces.length; index++) styles = styles.replace(valueWord(index), PLACEHOLDER);
  return styles;
}

/**
 * The plugin for production builds, over the modules under `folder` (by default components/, every
 * element and its styles and helpers); styles through minifyCssTemplate. Whitespace collapses
 * conservatively: where there was some, one space stays, so no two inline words ever run together.
 * A template it cannot parse fails the build.
 */
export function minifyLitTemplates(folder = COMPONENTS): Plugin {
  const root = folder.endsWith(sep) ? folder : folder + sep;
  return {
    ...(minifyTemplateLiterals({
      filter: (id) => id.startsWith(root) && id.endsWith('.ts'),
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true, minifyCSS: minifyCssTemplate } },
    }) as Plugin),
    apply: 'build',
  };
}
