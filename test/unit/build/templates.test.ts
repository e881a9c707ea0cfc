/// <reference types="node" />
/**
 * build/templates.ts in a real build: templates come out minified, and everything else is code as
 * written — a comment that mentions a template tag (`` // Renders the `html` part ``) once turned
 * the code after it into comment under a regex minifier.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minifyLitTemplates } from '../../../build/templates.js';

/** Lit's tags by name; they join the template back into a string, so the test can read it. */
const FIXTURE = `
const join = (strings: TemplateStringsArray, ...values: unknown[]) =>
  String.raw({ raw: strings }, ...values);
const html = join;
const css = join;

// Renders the \`html\` part
export const afterComment = ['still', 'code'].join(' ');

/* A block comment with \`css\` in it */
export const greeting = (name: string) => html\`<p class="greeting">
    Hello,
    <b>\${name}</b>!
  </p>\`;

export const styles = css\`
  :host {
    display: block; /* why */
  }
  .greeting > b {
    color: #ff0000;
  }
\`;

const space = '1em';
const rules = 'b{color:blue}';
export const withValues = css\`
  .a {
    margin: \${space} 0;
    padding: \${space} \${space};
  }
  \${rules}
\`;

export const notCss = css\`#263238
  \`;

export const untagged = \`keeps
  its   spaces\`;
`;

let folder: string;
let built: {
  afterComment: string;
  greeting(name: string): string;
  styles: string;
  withValues: string;
  notCss: string;
  untagged: string;
};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'otp-rehearsal-templates-'));
  writeFileSync(join(folder, 'fixture.ts'), FIXTURE);
  await build({
    configFile: false,
    root: folder,
    logLevel: 'warn',
    plugins: [minifyLitTemplates(folder)],
    build: {
      outDir: join(folder, 'out'),
      minify: false,
      lib: { entry: join(folder, 'fixture.ts'), formats: ['es'], fileName: 'fixture' },
    },
  });
  const [file] = readdirSync(join(folder, 'out')).filter((name) => /\.m?js$/.test(name));
  built = await import(pathToFileURL(join(folder, 'out', file)).href);
}, 60_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('minifyLitTemplates', () => {
  it('leaves the code after a comment that mentions a template tag as code', () => {
    expect(built.afterComment).toBe('still code');
  });

  it('collapses the markup of html templates, one space where there was whitespace', () => {
    expect(built.greeting('Ann')).toBe('<p class="greeting"> Hello, <b>Ann</b>! </p>');
  });

  it('minifies the styles of css templates and drops their comments', () => {
    expect(built.styles).toBe(':host{display:block}.greeting>b{color:red}');
  });

  it('minifies css templates with values in the middle of a declaration and rules between blocks', () => {
    expect(built.withValues).toBe('.a{margin:1em 0;padding:1em 1em}b{color:blue}');
  });

  it('leaves a css template clean-css cannot read as written, less its line breaks', () => {
    expect(built.notCss).toBe('#263238  ');
  });

  it('leaves untagged templates alone', () => {
    expect(built.untagged).toBe('keeps\n  its   spaces');
  });
});
