/// <reference types="node" />
/**
 * The single file's HTML (`vite build --mode singlefile`, after vite-plugin-singlefile has inlined
 * the script): no link to another file (the icon becomes a data: URL, the manifest and the
 * apple-touch-icon go), a Content-Security-Policy whose script-src allows exactly the inline
 * scripts, by hash, instead of 'self' (a file:// page has no 'self' to speak of), and the name
 * otp-rehearsal.html beside the hosted build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SINGLE_FILE = 'otp-rehearsal.html';

const CSP = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/gi;
/**
 * A stand-in until the inlined script is known, so that vite-plugin-singlefile sees a policy meant
 * for an inline script (it warns otherwise).
 */
const PENDING_HASH = "'sha256-of-the-inline-script'";

/** The policy with its script-src (added if missing) allowing `sources` only. */
export function withScriptSrc(policy: string, sources: string[]): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  const scriptSrc = `script-src ${sources.join(' ')}`;
  const at = directives.findIndex((directive) => /^script-src(\s|$)/i.test(directive));
  if (at < 0) directives.push(scriptSrc);
  else directives[at] = scriptSrc;
  return directives.join('; ');
}

/** The CSP source of an inline script: the browser hashes its text as parsed, CR LF and CR as LF. */
export function scriptHash(code: string): string {
  const text = code.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Before the script is inlined: the stand-in hash in the policy, the SVG icon (read by `readIcon`
 * from its href) as a data: URL, every other `<link>` to a file gone.
 */
export function prepareHtml(html: string, readIcon: (href: string) => Buffer): string {
  html = html.replace(CSP, (_, before: string, policy: string, after: string) =>
    [before, withScriptSrc(policy, [PENDING_HASH]), after].join(''),
  );
  return html.replace(/[ \t]*<link\b[^>]*>[ \t]*\n?/g, (line) => {
    const rel = /\brel="([^"]*)"/.exec(line)?.[1];
    const href = /\bhref="([^"]*)"/.exec(line)?.[1];
    if (!href || href.startsWith('data:')) return line;
    if (rel === 'icon' && href.endsWith('.svg')) {
      return line.replace(href, `data:image/svg+xml;base64,${readIcon(href).toString('base64')}`);
    }
    return '';
  });
}

/**
 * After the script is inlined: the policy allows the inline scripts by hash. Throws if the page
 * has a script from a file, not exactly one policy, or still refers to another file.
 */
export function finishHtml(html: string): string {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  if (scripts.length === 0 || scripts.some(([, attributes]) => /\bsrc=/.test(attributes))) {
    throw new Error('single file: expected inline scripts only');
  }
  const hashes = scripts.map(([, , code]) => scriptHash(code));
  let policies = 0;
  html = html.replace(CSP, (_, before: string, policy: string, after: string) => {
    policies++;
    return [before, withScriptSrc(policy, hashes), after].join('');
  });
  if (policies !== 1) throw new Error('single file: expected one Content-Security-Policy meta');

  const outside = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const references = [...outside.matchAll(/\b(?:src|href)="([^"]*)"/g)]
    .map(([, url]) => url)
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
  if (references.length) throw new Error(`single file: still refers to ${references.join(', ')}`);
  return html;
}

/** The plugin: after vite-plugin-singlefile (listed before it in `plugins`). */
export function singleFileHtml(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'otp-rehearsal:single-file-html',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        prepareHtml(html, (href) => readFileSync(join(config.publicDir, href.replace(/^\.?\//, '')))),
    },
    // After vite-plugin-singlefile (also enforce 'post', order 'post', listed first) has inlined the script.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return this.error('single file: no index.html in the bundle');
        const others = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (others.length) this.error(`single file: not inlined: ${others.join(', ')}`);
        let html: string;
        try {
          html = finishHtml(String(page.source));
        } catch (error) {
          return this.error(error instanceof Error ? error.message : String(error));
        }
        // Rolldown does not take new keys on the bundle: emit the page under its new name instead.
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE, source: html });
      },
    },
  };
}
