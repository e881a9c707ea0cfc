/**
 * Shrinks the static text of Lit's `css` and `html` tagged templates at build time: indentation
 * and line breaks, which the browser collapses anyway, and CSS comments. Expressions (`${…}`)
 * are copied as they are, except nested `css`/`html` templates inside them, which are shrunk too.
 *
 * Safe because runs of whitespace that contain a line break render as one space in HTML (no
 * <pre> or <textarea> content in our templates) and mean nothing in CSS. Untagged templates and
 * all other code are left alone.
 */

import type { Plugin } from 'vite';

type Tag = 'css' | 'html' | undefined;

function shrink(text: string, tag: Tag): string {
  if (tag === 'css') {
    // Quoted strings (`content: '▸ '`) keep their spaces: only the text between them shrinks.
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/('[^'\n]*'|"[^"\n]*")/)
      .map((part, index) => (index % 2 === 1 ? part : shrinkCss(part)))
      .join('');
  }
  if (tag === 'html') return text.replace(/\s*\n\s*/g, ' ');
  return text;
}

/**
 * Outside strings: runs of whitespace become one space, and none is needed around `{ } ; > ,` or
 * after a `:` (a colon in a selector is never followed by one), nor a `;` before `}`. A space
 * before a `:` stays: `.a :focus` and `.a:focus` differ.
 */
function shrinkCss(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};>,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** The tag of a template whose backtick is at `index`, if it is `css` or `html`. */
function tagBefore(source: string, index: number): Tag {
  const match = /(?:^|[^\w$.])(css|html)\s*$/.exec(source.slice(Math.max(0, index - 12), index));
  return match ? (match[1] as Tag) : undefined;
}

/**
 * Copies the template literal starting at `start` (its opening backtick) to `out`, shrinking its
 * static parts for `tag`. Returns the index just after its closing backtick.
 */
function copyTemplate(source: string, start: number, tag: Tag, out: string[]): number {
  out.push('`');
  let i = start + 1;
  let text = '';
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      out.push(shrink(text, tag), '`');
      return i + 1;
    } else if (char === '$' && source[i + 1] === '{') {
      out.push(shrink(text, tag), '${');
      text = '';
      i = copyExpression(source, i + 2, out);
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('Unterminated template literal');
}

/** Copies a `${…}` expression up to and including its closing brace. */
function copyExpression(source: string, start: number, out: string[]): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '`') {
      i = copyTemplate(source, i, tagBefore(source, i), out);
      continue;
    }
    if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      out.push(source.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    if (char === '{') depth += 1;
    if (char === '}') {
      if (depth === 0) {
        out.push('}');
        return i + 1;
      }
      depth -= 1;
    }
    out.push(char);
    i += 1;
  }
  throw new Error('Unterminated template expression');
}

export function minifyTemplates(source: string): string {
  const out: string[] = [];
  const tagged = /\b(?:css|html)\s*`/g;
  let copied = 0;
  for (let match = tagged.exec(source); match; match = tagged.exec(source)) {
    const backtick = match.index + match[0].length - 1;
    out.push(source.slice(copied, backtick));
    copied = copyTemplate(source, backtick, tagBefore(source, backtick), out);
    tagged.lastIndex = copied;
  }
  out.push(source.slice(copied));
  return out.join('');
}

/**
 * The Vite plugin: shrinks the templates of components/ in production builds: the elements, their
 * styles beside them (`<tag>.styles.ts`) and the helpers in components/internal/.
 */
export function shrinkLitTemplates(): Plugin {
  return {
    name: 'otp-rehearsal:shrink-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return /[\\/]components[\\/](?:internal[\\/])?[\w.-]+\.ts$/.test(id)
        ? { code: minifyTemplates(code), map: null }
        : undefined;
    },
  };
}
