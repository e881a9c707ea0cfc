// `npm run build:docs`: the elements' docs page, dist-docs/index.html, generated from
// dist-lib/custom-elements.json (so from the doc blocks), never written by hand. For each element:
// its summary and description, a live example, a copyable snippet, and tables of its attributes,
// JavaScript properties and methods, events, CSS parts and custom properties. The page loads only
// its own files, and works opened from disk (file://) as well as served (`npm run docs`): it loads
// the elements from dist-lib/otp-rehearsal.classic.js, copied beside it, with a classic script
// (Chromium runs no module script from another file of a file:// page), and its own docs.js the same
// way. The snippets it shows are for a served page: the module file, otp-rehearsal.js.
//
// A live example is the element's `@example` if its doc block has one, else the element with the
// attributes docs/examples.json gives it (checked against the manifest), else the bare element.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'dist-lib');
const out = join(root, 'dist-docs');
const BUNDLE = 'otp-rehearsal.js';
/** What the page itself loads: the same code as a classic script (scripts/build-lib.mjs). */
const CLASSIC = 'otp-rehearsal.classic.js';
/** A moment with most of its 30 seconds left: RFC 6238 Appendix B's T = 1111111111, code 050 471. */
const FIXED_TIME = '1111111111000';

if (![CLASSIC, BUNDLE, 'custom-elements.json'].every((file) => existsSync(join(lib, file)))) {
  console.error('dist-lib/ is missing: run `npm run build:lib` first (`npm run build:docs` does).');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(lib, 'custom-elements.json'), 'utf8'));
const examples = JSON.parse(readFileSync(join(root, 'docs', 'examples.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every element in the manifest, by tag. */
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).filter((item) => item.customElement && item.tagName))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const unknown = Object.keys(examples).filter(
  (tag) => !tag.startsWith('$') && !elements.some((element) => element.tagName === tag),
);
if (unknown.length) fail(`docs/examples.json names no element of the manifest: ${unknown.join(', ')}`);

function fail(message) {
  console.error(message);
  process.exit(1);
}

const escape = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** One line of doc text: HTML escaped, `code` spans kept. */
const inline = (text = '') =>
  escape(text.replace(/\s+/g, ' ').trim()).replace(/`([^`]+)`/g, (_, code) => `<code>${code}</code>`);

/** Doc text with paragraphs (blank lines). */
const prose = (text = '') =>
  text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${inline(paragraph)}</p>`)
    .join('\n');

const isPublic = (member) => !member.static && (!member.privacy || member.privacy === 'public');

/** The element as markup with the given attributes, on one line or, when long, one per line. */
function elementMarkup(tag, attributes, extra = '') {
  const pairs = Object.entries(attributes).map(([name, value]) =>
    value === '' || value === true ? name : `${name}="${escape(value)}"`,
  );
  const oneLine = `<${tag}${extra}${pairs.map((pair) => ` ${pair}`).join('')}></${tag}>`;
  if (oneLine.length <= 90) return oneLine;
  return `<${tag}${extra}\n${pairs.map((pair) => `  ${pair}`).join('\n')}\n></${tag}>`;
}

/** What the live example shows: `{markup, snippet, frame, call}`. */
function exampleFor(element) {
  const tag = element.tagName;
  const fromDocBlock = element.examples?.[0];
  if (fromDocBlock) return { markup: fromDocBlock, snippet: fromDocBlock, frame: false };
  const entry = examples[tag] ?? {};
  const attributes = entry.attributes ?? {};
  const known = new Set((element.attributes ?? []).map((attribute) => attribute.name));
  const wrong = Object.keys(attributes).filter((name) => !known.has(name));
  if (wrong.length) fail(`docs/examples.json: <${tag}> has no attribute ${wrong.join(', ')}`);
  const call = entry.call;
  if (call) {
    const method = (element.members ?? []).find(
      (member) => member.kind === 'method' && member.name === call.method,
    );
    if (!method || !isPublic(method))
      fail(`docs/examples.json: <${tag}> has no public method ${call.method}`);
  }
  return {
    markup: elementMarkup(tag, attributes, call ? ` id="example-${tag}"` : ''),
    snippet: elementMarkup(tag, attributes),
    frame: Boolean(entry.frame),
    call,
  };
}

function table(headers, rows) {
  if (rows.length === 0) return '<p class="none">None.</p>';
  return `<div class="table-scroll">
<table>
<thead><tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>`;
}

const code = (text) => (text ? `<code>${escape(text)}</code>` : '');

/** `CustomEvent<{ value: string }>` → `{ value: string }`: what `event.detail` holds. */
const detailOf = (type) => /^CustomEvent<([\s\S]*)>$/.exec(type ?? '')?.[1] ?? type ?? '';

function liveExample(element, example) {
  const tag = element.tagName;
  if (example.frame) {
    writeFileSync(
      join(out, 'examples', `${tag}.html`),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(`<${tag}>`)} — live example</title>
    <link rel="icon" href="../icon.svg" type="image/svg+xml" />
    <script src="../${CLASSIC}" defer></script>
  </head>
  <body style="margin: 0">
    ${example.markup}
  </body>
</html>
`,
    );
    return `<iframe src="examples/${tag}.html" title="${escape(`<${tag}>`)}, live example"></iframe>`;
  }
  const button = example.call
    ? `<p><button type="button" data-call="${escape(example.call.method)}" data-target="example-${tag}">${escape(example.call.label ?? example.call.method)}</button></p>\n`
    : '';
  return `${button}${example.markup}`;
}

function section(element) {
  const tag = element.tagName;
  const example = exampleFor(element);
  const attributes = element.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((member) => member.kind === 'field' && !attributeFields.has(member.name));
  const methods = members.filter((member) => member.kind === 'method');
  const heading = `${tag}-heading`;
  const snippet = `<script type="module" src="${BUNDLE}"></script>\n${example.snippet}`;
  return `<section id="${tag}" aria-labelledby="${heading}">
<h2 id="${heading}"><code>&lt;${tag}&gt;</code></h2>
<p class="summary">${inline(element.summary)}</p>
${prose(element.description)}
<h3>Live example</h3>
<div class="example" data-example="${tag}">
${liveExample(element, example)}
</div>
<h3>Snippet</h3>
<pre><code id="snippet-${tag}">${escape(snippet)}</code></pre>
<div class="snippet-actions">
<button type="button" data-copy="snippet-${tag}" data-status="status-${tag}">Copy snippet<span class="visually-hidden"> of ${escape(`<${tag}>`)}</span></button>
<p class="copy-status" role="status" id="status-${tag}"></p>
</div>
<h3>Attributes</h3>
${table(
  ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  attributes.map((attribute) => [
    code(attribute.name),
    code(attribute.fieldName),
    code(attribute.type?.text),
    code(attribute.default),
    inline(attribute.description),
  ]),
)}
<h3>Properties (JavaScript only)</h3>
${table(
  ['Property', 'Type', 'Description'],
  fields.map((field) => [code(field.name), code(field.type?.text), inline(field.description)]),
)}
<h3>Methods</h3>
${table(
  ['Method', 'Description'],
  methods.map((method) => [
    code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
    inline(method.description),
  ]),
)}
<h3>Events</h3>
${table(
  ['Event', 'Detail', 'Description'],
  (element.events ?? []).map((event) => [
    code(event.name),
    code(detailOf(event.type?.text)),
    inline(event.description),
  ]),
)}
<h3>CSS parts</h3>
${table(
  ['Part', 'Description'],
  (element.cssParts ?? []).map((part) => [code(part.name), inline(part.description)]),
)}
<h3>CSS custom properties</h3>
${table(
  ['Property', 'Description'],
  (element.cssProperties ?? []).map((property) => [code(property.name), inline(property.description)]),
)}
${
  element.slots?.length
    ? `<h3>Slots</h3>\n${table(
        ['Slot', 'Description'],
        element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', inline(slot.description)]),
      )}`
    : ''
}
</section>`;
}

/** How a page beside node_modules/ loads one element's module: docs/import-map.json (the e2e test uses it too). */
const importMap = readFileSync(join(root, 'docs', 'import-map.json'), 'utf8').trim();
const IMPORT_MAP = `<script type="importmap">
${importMap}
</script>
<script type="module" src="./node_modules/${pkg.name}/dist-lib/components/soft-token.js"></script>`;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'examples'), { recursive: true });
const sections = elements.map(section);

/** The table of contents: a column that stays in view beside the page on a wide screen (docs.css). */
const contents = `<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ul>
<li><a href="#embedding">Embedding</a></li>
<li><a href="#from-disk">Opened from disk</a></li>
<li><a href="#elements">Elements</a>
<ul>
${elements.map((element) => `<li><a href="#${element.tagName}"><code>&lt;${element.tagName}&gt;</code></a></li>`).join('\n')}
</ul>
</li>
</ul>
</nav>`;

const TOKEN_SNIPPET = `<script type="module" src="${BUNDLE}"></script>
<soft-token credential-id="VSMT12345678" secret="GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" time="${FIXED_TIME}"></soft-token>`;

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<!-- Nothing beyond this page's own files. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" />
<meta name="robots" content="noindex" />
<title>OTP Rehearsal — elements</title>
<link rel="icon" href="icon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="docs.css" />
<script src="${CLASSIC}" defer></script>
<script src="docs.js" defer></script>
</head>
<body>
<header>
<h1>OTP Rehearsal — elements</h1>
<p>The screens and the soft token of OTP Rehearsal as web components, to embed one screen or the token in your own page: documentation, a training handout, a slide. Each works from attributes alone and shows a fixed state when asked to: the token a fixed moment (<code>time</code>), a bank screen a refusal (<code>error</code>, <code>attempts-remaining</code>). Every bank screen carries the practice mark, 練習用デモ and a line saying it is not a real bank, whatever page it is placed in.</p>
</header>
<div class="page">
${contents}
<main>
<section aria-labelledby="embedding">
<h2 id="embedding">Embedding</h2>
<p><strong>One file, no build step.</strong> <code>dist-lib/${BUNDLE}</code> holds every element with Lit inside. Copy it beside your page and load it once; here the token is shown at a fixed moment (RFC 6238's T = 1111111111 s: <code>050 471</code>, 29 seconds left), without <code>time</code> it follows the real clock:</p>
<pre><code>${escape(TOKEN_SNIPPET)}</code></pre>
<p><strong>With a bundler.</strong> Install the package (<code>npm install ${escape(pkg.name)}</code>) and import only the elements you use; <code>lit</code>, <code>idb</code> and <code>@noble/hashes</code> are its dependencies, shared with your page:</p>
<pre><code>${escape(`import '${pkg.name}/soft-token'; // defines <soft-token>\nimport { SoftToken } from '${pkg.name}'; // every element`)}</code></pre>
<p><strong>Without a bundler, one element.</strong> The per-element modules import <code>lit</code> by name; an import map tells the browser where it is (here for a page beside <code>node_modules/</code>):</p>
<pre><code>${escape(IMPORT_MAP)}</code></pre>
<p>Loading the elements twice (two copies of the file, or the file and a module) is harmless: a tag already defined is left as it is. Types: every module has its <code>.d.ts</code>, and the elements' events are declared in <code>GlobalEventHandlersEventMap</code>. Editors and tools read <code>custom-elements.json</code> (package.json <code>"customElements"</code>; <a href="custom-elements.json">this page's copy</a>).</p>
</section>
<section aria-labelledby="from-disk">
<h2 id="from-disk">Opened from disk</h2>
<p>A page opened as a file (<code>file://</code>: a handout on a USB stick, a slide) cannot load a module script from another file in Chromium-based browsers: they refuse it as a request from another origin, and the elements stay blank. Such a page loads <code>${CLASSIC}</code> instead, the same code as a classic script (<code>${escape(pkg.name)}/classic</code> in the package):</p>
<pre><code>${escape(`<script src="${CLASSIC}" defer></script>`)}</code></pre>
<p>This page does so: opened from <code>dist-docs/index.html</code> on disk, its live examples work as they do served (<code>npm run docs</code>).</p>
</section>
<section aria-labelledby="elements">
<h2 id="elements">Elements</h2>
<ul class="summaries">
${elements.map((element) => `<li><a href="#${element.tagName}"><code>&lt;${element.tagName}&gt;</code></a> — ${inline(element.summary)}</li>`).join('\n')}
</ul>
</section>
${sections.join('\n')}
</main>
</div>
<footer>
<p>Generated from <code>custom-elements.json</code> of ${escape(pkg.name)} ${escape(pkg.version)} by <code>scripts/build-docs.mjs</code>. 練習用デモ — nothing here is a real bank.</p>
</footer>
</body>
</html>
`;

writeFileSync(join(out, 'index.html'), page);
for (const file of [BUNDLE, CLASSIC]) copyFileSync(join(lib, file), join(out, file));
copyFileSync(join(lib, 'custom-elements.json'), join(out, 'custom-elements.json'));
copyFileSync(join(root, 'docs', 'docs.css'), join(out, 'docs.css'));
copyFileSync(join(root, 'docs', 'docs.js'), join(out, 'docs.js'));
copyFileSync(join(root, 'public', 'icon.svg'), join(out, 'icon.svg'));
console.log(`dist-docs/index.html: ${elements.length} elements`);
