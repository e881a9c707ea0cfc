// `npm run build:lib`: the elements as a package, in dist-lib/ (package.json "exports" names the files).
//   components/<tag>.js   one ES module per element; importing it defines the element (lit external)
//   index.js              every element (lit external)
//   otp-rehearsal.js      every element with Lit inside: one <script type="module">, no bundler
//   otp-rehearsal.classic.js  the same as a classic script, for a page opened from disk (file://)
//   *.d.ts                type declarations beside them (tsc -p tsconfig.lib.json)
//   custom-elements.json  the manifest (cem analyze, custom-elements-manifest.config.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-lib');

// What users get, even when run from a test (Vitest sets NODE_ENV=test, and a Vite build then
// bundles Lit's development build).
process.env.NODE_ENV = 'production';

function run(command, args) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', command), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

rmSync(out, { recursive: true, force: true });

for (const mode of ['modules', 'bundle']) {
  await build({ root, configFile: join(root, 'vite.lib.config.ts'), mode, logLevel: 'warn' });
}

// A page opened from disk (file://: a handout on a USB stick, the docs page) gets no module script
// from another file in Chromium, which refuses it as a cross-origin request; a classic script it
// runs. The all-in-one file imports nothing, so the classic copy is the same code in a function
// called at once (esbuild's iife format), strict as a module is, its exports dropped. Its texts
// stay UTF-8: escaping the Japanese would make the file a fifth larger.
const bundle = readFileSync(join(out, 'otp-rehearsal.js'), 'utf8');
const classic = await transform(bundle, {
  format: 'iife',
  banner: "'use strict';",
  minify: true,
  charset: 'utf8',
  target: 'es2022',
});
if (/\bimport\s*\(|\bimport\.meta\b/.test(classic.code)) throw new Error('otp-rehearsal.js imports a module');
writeFileSync(join(out, 'otp-rehearsal.classic.js'), classic.code);

// Declarations under NodeNext rules (tsconfig.lib.json): a relative import without its .js fails
// here, so the .d.ts files work under `moduleResolution` `bundler` and `nodenext` alike.
run('typescript/bin/tsc', ['-p', 'tsconfig.lib.json']);
importOnlyDependencies(out);
const tags = readdirSync(join(out, 'components'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => file.slice(0, -'.js'.length))
  .sort();
checkExports(tags);
const index = tags.map((tag) => `export * from './components/${tag}.js';\n`).join('');
writeFileSync(join(out, 'index.d.ts'), index);
writeFileSync(join(out, 'otp-rehearsal.d.ts'), index);

run('@custom-elements-manifest/analyzer/cem.js', [
  'analyze',
  '--quiet',
  '--config',
  'custom-elements-manifest.config.mjs',
]);
checkManifest(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')), tags);

console.log(
  `dist-lib/: ${tags.length} elements, otp-rehearsal.js ${kB(join(out, 'otp-rehearsal.js'))}, otp-rehearsal.classic.js ${kB(join(out, 'otp-rehearsal.classic.js'))}`,
);

/**
 * package.json "exports" names each element's module, and nothing else beside the index, the
 * bundle and the manifest: the helpers in components/internal/ and the *.styles modules are not
 * the package's API. An element added without its entry (or an entry left for one removed) stops
 * the build here.
 */
function checkExports(tags) {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const expected = {
    ...Object.fromEntries(
      ['.', './bundle', './classic', './custom-elements.json', './package.json'].map((key) => [key, true]),
    ),
    ...Object.fromEntries(tags.map((tag) => [`./${tag}`, `./dist-lib/components/${tag}.js`])),
  };
  const wrong = [
    ...Object.keys(expected)
      .filter(
        (key) => !(key in exports) || (typeof expected[key] === 'string' && exports[key] !== expected[key]),
      )
      .map((key) => `missing or wrong: "${key}": ${JSON.stringify(expected[key])}`),
    ...Object.keys(exports)
      .filter((key) => !(key in expected))
      .map((key) => `not an element's: "${key}"`),
  ];
  if (wrong.length) throw new Error(`package.json "exports":\n  ${wrong.join('\n  ')}`);
}

/**
 * Every element module is in the manifest under its tag. What the doc blocks leave out is reported,
 * not fatal (the blocks belong to the elements' authors): a summary, a `part` the template sets, a
 * custom property the styles read (its own, its base class's, the shared styles.ts it imports)
 * unless the element sets it itself, an event the element dispatches by name, an event's type, an
 * attribute's description.
 */
function checkManifest(manifest, expectedTags) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((item) => item.tagName).map((item) => item),
  );
  const found = new Set(elements.map((item) => item.tagName));
  const missing = expectedTags.filter((tag) => !found.has(tag));
  if (missing.length) throw new Error(`custom-elements.json lacks ${missing.join(', ')}`);

  const read = (name) => {
    const path = join(root, 'components', `${name}.ts`);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  /** The element's source, its superclass's if that is one of ours, and the shared styles they import. */
  const sourcesOf = (item) => {
    const base = /components\/((?:internal\/)?[\w-]+)\./.exec(item.superclass?.module ?? '')?.[1];
    const sources = [read(item.tagName), base ? read(base) : ''];
    if (sources.some((source) => /from '\.{1,2}\/(?:internal\/)?styles\.js'/.test(source)))
      sources.push(read('internal/styles'));
    return sources;
  };

  /** gap → the tags that have it */
  const gaps = new Map();
  const note = (gap, tag) => gaps.set(gap, [...(gaps.get(gap) ?? []), tag]);
  for (const item of elements) {
    const tag = item.tagName;
    const own = read(tag);
    const all = sourcesOf(item).join('\n');
    if (!item.summary) note('no @summary', tag);
    const parts = new Set((item.cssParts ?? []).map((part) => part.name));
    for (const [, part] of own.matchAll(/\bpart="([\w-]+)"/g)) {
      if (!parts.has(part)) note(`@csspart ${part}`, tag);
    }
    const properties = new Set((item.cssProperties ?? []).map((property) => property.name));
    const setHere = new Set([...own.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name));
    for (const name of new Set([...all.matchAll(/var\((--[\w-]+)/g)].map(([, name]) => name))) {
      if (!properties.has(name) && !setHere.has(name)) note(`@cssproperty ${name}`, tag);
    }
    const events = new Set((item.events ?? []).map((event) => event.name));
    for (const [, name] of own.matchAll(/(?:emit|new CustomEvent)\(\s*'([\w-]+)'/g)) {
      if (!events.has(name)) note(`@fires ${name}`, tag);
    }
    for (const event of item.events ?? []) {
      if (!event.description) note(`@fires ${event.name} (no description)`, tag);
      if (!event.type) note(`${event.name} in GlobalEventHandlersEventMap`, tag);
    }
    for (const attribute of item.attributes ?? []) {
      if (!attribute.description) note(`a doc comment on attribute ${attribute.name}`, tag);
    }
  }
  if (gaps.size === 0) return;
  const lines = [...gaps].map(([gap, tags]) => `  ${gap}: ${[...new Set(tags)].join(', ')}`);
  console.warn(`custom-elements.json: not in the doc blocks (the code has it)\n${lines.join('\n')}`);
}

/**
 * tsc writes an inferred type by the module that declares it: `render(): import("lit-html")
 * .TemplateResult<1>`. lit-html is Lit's own dependency, not the package's, and a consumer's
 * TypeScript finds it only where npm happens to hoist it (not under pnpm, say). `lit` exports the
 * same types, so the declarations name `lit` instead; any other package they name must be one of
 * the package's dependencies.
 */
function importOnlyDependencies(folder) {
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = Object.keys(dependencies);
  const wrong = new Set();
  for (const file of readdirSync(folder, { recursive: true })) {
    if (!file.endsWith('.d.ts')) continue;
    const path = join(folder, file);
    const text = readFileSync(path, 'utf8').replaceAll('import("lit-html")', 'import("lit")');
    writeFileSync(path, text);
    for (const [, specifier] of text.matchAll(/(?:import\(|from )["']([^"'.][^"']*)["']/g)) {
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0];
      if (!declared.includes(name)) wrong.add(`${file}: ${specifier}`);
    }
  }
  if (wrong.size)
    throw new Error(`declarations import what the package does not depend on:\n  ${[...wrong].join('\n  ')}`);
}

function kB(path) {
  return `${(statSync(path).size / 1024).toFixed(1)} kB`;
}
