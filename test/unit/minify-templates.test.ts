import { describe, expect, it } from 'vitest';
import { minifyTemplates, shrinkLitTemplates } from '../../scripts/minify-templates.js';

describe('minifyTemplates', () => {
  it('shrinks the static CSS of css templates and drops comments', () => {
    const source =
      'const s = css`\n  :host {\n    display: block; /* why */\n  }\n  a > b { color: red; }\n`;';
    expect(minifyTemplates(source)).toBe('const s = css` :host{display:block}a>b{color:red}`;');
  });

  it('keeps the spaces that mean something in CSS: in strings, before a pseudo-class, in calc()', () => {
    const source =
      "css`\n  b::before { content: '▸ ' / ''; }\n  .a :focus, p { width: calc(100% - 2em); }\n  @media (max-width: 760px) { a { b: c } }\n`";
    expect(minifyTemplates(source)).toBe(
      "css` b::before{content:'▸ ' / ''}.a :focus,p{width:calc(100% - 2em)}@media (max-width:760px){a{b:c}}`",
    );
  });

  it('turns line breaks and indentation in html templates into one space', () => {
    const source = 'return html`<p>\n      ${a}\n      <b>x</b>\n    </p>`;';
    expect(minifyTemplates(source)).toBe('return html`<p> ${a} <b>x</b> </p>`;');
  });

  it('keeps expressions, strings and untagged templates as they are, and shrinks nested templates', () => {
    const source =
      "html`<ul>\n  ${items.map((i) => html`<li\n   class=${'a  {b}'}>${`raw\n  text`}</li>`)}\n</ul>`";
    expect(minifyTemplates(source)).toBe(
      "html`<ul> ${items.map((i) => html`<li class=${'a  {b}'}>${`raw\n  text`}</li>`)} </ul>`",
    );
  });

  it('keeps escapes and object literals inside expressions', () => {
    const source = 'html`<p title="\\`">\n ${fn({ a: 1, b: { c: 2 } })}\n</p>`; const x = `keep\n  me`;';
    expect(minifyTemplates(source)).toBe(
      'html`<p title="\\`"> ${fn({ a: 1, b: { c: 2 } })} </p>`; const x = `keep\n  me`;',
    );
  });

  it('leaves code without templates unchanged', () => {
    const source = 'const css2 = 1; // html\nexport { css2 };';
    expect(minifyTemplates(source)).toBe(source);
  });

  it('shrinks every module of components/ (elements, their styles, helpers) and nothing else', () => {
    const transform = shrinkLitTemplates().transform as (
      code: string,
      id: string,
    ) => { code: string } | undefined;
    const code = 'export const s = css`\n  a { b: c; }\n`;';
    for (const id of [
      '/app/components/soft-token.ts',
      '/app/components/soft-token.styles.ts',
      '/app/components/internal/tokens.ts',
    ]) {
      expect(transform(code, id)?.code, id).toBe('export const s = css` a{b:c}`;');
    }
    expect(transform(code, '/app/src/qr.ts')).toBe(undefined);
  });
});
