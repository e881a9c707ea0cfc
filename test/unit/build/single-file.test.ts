import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishHtml, prepareHtml, scriptHash, withScriptSrc } from '../../../build/single-file.js';

const POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:";
const page = (head: string, body = '') =>
  `<!doctype html>\n<html>\n<head>\n<meta http-equiv="Content-Security-Policy" content="${POLICY}" />\n${head}\n</head>\n<body>${body}</body>\n</html>\n`;
const policyOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('withScriptSrc', () => {
  it('replaces script-src and keeps every other directive in its place', () => {
    expect(withScriptSrc(POLICY, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'sha256-a' 'sha256-b'; img-src 'self' data:",
    );
  });

  it('adds script-src where the policy has none', () => {
    expect(withScriptSrc("default-src 'none';", ["'sha256-a'"])).toBe(
      "default-src 'none'; script-src 'sha256-a'",
    );
  });
});

describe('prepareHtml', () => {
  const html = page(
    [
      '<link rel="icon" href="./icon.svg" type="image/svg+xml" />',
      '<link rel="apple-touch-icon" href="./apple-touch-icon.png" />',
      '<link rel="manifest" href="./manifest.webmanifest" />',
    ].join('\n'),
  );

  it('inlines the SVG icon and drops every other link to a file', () => {
    const read: string[] = [];
    const prepared = prepareHtml(html, (href) => (read.push(href), Buffer.from('<svg/>')));
    expect(read).toEqual(['./icon.svg']);
    expect(prepared).toContain(
      `href="data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}"`,
    );
    expect(prepared).not.toContain('apple-touch-icon');
    expect(prepared).not.toContain('manifest');
  });

  it('puts a stand-in hash in the policy until the script is known', () => {
    expect(policyOf(prepareHtml(html, () => Buffer.from('')))).toBe(
      "default-src 'self'; script-src 'sha256-of-the-inline-script'; img-src 'self' data:",
    );
  });
});

describe('finishHtml', () => {
  it("allows exactly the inline scripts, by their text's SHA-256", () => {
    const one = 'console.log(1)';
    const two = 'const a = `x</p>`;';
    const finished = finishHtml(
      page(`<script type="module">${one}</script>`, `<script type="module">${two}</script>`),
    );
    expect(policyOf(finished)).toBe(
      `default-src 'self'; script-src ${sha256(one)} ${sha256(two)}; img-src 'self' data:`,
    );
  });

  it('hashes the text as the browser parses it: CR LF and lone CR as LF', () => {
    expect(scriptHash('a\r\nb\rc\n')).toBe(sha256('a\nb\nc\n'));
  });

  it('refuses a page that still needs another file', () => {
    expect(() => finishHtml(page('<script type="module" src="./a.js"></script>'))).toThrow(
      'expected inline scripts only',
    );
    expect(() => finishHtml(page('<link rel="stylesheet" href="./a.css" /><script>1</script>'))).toThrow(
      'still refers to ./a.css',
    );
    expect(() => finishHtml(page('<script>1</script>').replace(/<meta http-equiv[^>]*>/, ''))).toThrow(
      'expected one Content-Security-Policy meta',
    );
  });

  it('leaves data: URLs and in-page links alone', () => {
    const html = page('<link rel="icon" href="data:," /><script>1</script>', '<a href="#top">top</a>');
    expect(finishHtml(html)).toContain('href="#top"');
  });
});
