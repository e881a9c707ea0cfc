/// <reference types="node" />
/**
 * The elements as others get them (issue 5): `npm run build:lib`, `npm pack`, the tarball installed
 * into a fresh project, and plain HTML pages there that use nothing but the installed package, one
 * of them opened from disk; then the docs page generated from the package's manifest, served and
 * opened from disk (issue 12).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './harness.js';
import { serveStatic, type StaticServer } from './static-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
};

/**
 * RFC 4226's secret at T = 1111111111 s, as the README shows it: RFC 6238 Appendix B's SHA-1 TOTP is
 * 14050471 (six digits 050471), with 29 of its 30 seconds left.
 */
const TOKEN = `<soft-token credential-id="VSMT12345678" secret="GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" kind="mobile" time="1111111111000"></soft-token>`;
const CODE = '050 471';

interface Manifest {
  modules: {
    path: string;
    declarations?: { tagName?: string; customElement?: boolean; cssProperties?: { name: string }[] }[];
  }[];
}

/** Runs a command to the end; its output is shown only if it fails. */
function run(command: string, args: string[], cwd: string): string {
  const env = { ...process.env };
  // Vitest's NODE_ENV=test would make npm and Vite behave as in a test; this is a user's command.
  delete env.NODE_ENV;
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function tagsOf(manifest: Manifest): string[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((item) => (item.customElement && item.tagName ? [item.tagName] : [])),
  );
}

/** A page's uncaught errors and console errors, and requests that left its origin. */
function watch(page: Page, origin: string) {
  const problems = { errors: [] as string[], foreignRequests: [] as string[] };
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.foreignRequests.push(request.url());
  });
  return problems;
}

/** The text of an element's shadow root, whitespace collapsed. */
function shadowText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

/** The page's width as laid out: wider than the window means sideways scrolling. */
function scrollWidthOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * Every element's live example on the docs page has drawn its shadow root (in the page or in its
 * frame); each bank screen shows its practice mark; the token follows the real clock: it shows a
 * code and its countdown moves.
 */
async function expectLiveExamples(page: Page, tags: string[]) {
  for (const tag of tags) {
    const example = page.locator(`section#${tag} [data-example]`);
    const frame = example.locator('iframe');
    const host = (await frame.count()) ? frame.contentFrame().locator(tag) : example.locator(tag);
    await expect
      .poll(() => host.evaluate((element) => element.shadowRoot?.childElementCount ?? 0), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    if (tag.startsWith('bank-')) {
      expect(
        await host.evaluate((element) => element.shadowRoot!.querySelector('.practice-mark')?.textContent),
        tag,
      ).toBe('練習用デモ');
    }
  }
  const token = 'section#soft-token soft-token';
  await expect.poll(() => shadowText(page, token), { timeout: 10_000 }).toMatch(/\b\d{3} \d{3}\b/);
  const countdown = () =>
    page
      .locator(token)
      .evaluate((element) => element.shadowRoot!.querySelector('[part~="countdown"]')!.textContent!.trim());
  const first = await countdown();
  await expect.poll(countdown, { timeout: 5_000 }).not.toBe(first);
}

let work: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'otp-rehearsal-library-'));
  run('npm', ['run', 'build:lib'], ROOT);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed library in a fresh project', () => {
  let project: string;
  let packedFiles: string[];
  let server: StaticServer;
  let context: BrowserContext;

  beforeAll(async () => {
    // build:lib has just run (it is also `prepack`, for a bare `npm pack`).
    const [packed] = JSON.parse(
      run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT),
    ) as { filename: string; files: { path: string }[] }[];
    packedFiles = packed.files.map((file) => file.path);

    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'embedding-check', private: true, type: 'module' }, null, 2),
    );
    run(
      'npm',
      [
        'install',
        join(work, packed.filename),
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      project,
    );

    const importMap = readFileSync(join(ROOT, 'docs', 'import-map.json'), 'utf8');
    const lib = `./node_modules/${PACKAGE.name}/dist-lib`;
    const page = (title: string, head: string) =>
      // An icon of its own, or Chromium asks the server for /favicon.ico (a 404 in the console).
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />\n<title>${title}</title>\n<link rel="icon" href="data:," />\n${head}\n</head>\n<body>\n${TOKEN}\n</body>\n</html>\n`;
    writeFileSync(
      join(project, 'all-in-one.html'),
      page('All in one', `<script type="module" src="${lib}/otp-rehearsal.js"></script>`),
    );
    writeFileSync(
      join(project, 'one-element.html'),
      page(
        'One element',
        `<script type="importmap">\n${importMap}</script>\n<script type="module" src="${lib}/components/soft-token.js"></script>`,
      ),
    );
    // Two copies of the all-in-one file (another URL is another module), and the element's own module.
    writeFileSync(
      join(project, 'twice.html'),
      page(
        'Loaded twice',
        [
          `<script type="importmap">\n${importMap}</script>`,
          `<script type="module" src="${lib}/otp-rehearsal.js"></script>`,
          `<script type="module" src="${lib}/otp-rehearsal.js?copy=2"></script>`,
          `<script type="module" src="${lib}/components/soft-token.js"></script>`,
        ].join('\n'),
      ),
    );
    // A handout opened from disk: the classic script, which Chromium runs where it refuses a module file.
    writeFileSync(
      join(project, 'from-disk.html'),
      page('From disk', `<script src="${lib}/otp-rehearsal.classic.js" defer></script>`),
    );
    server = await serveStatic(project);
    context = await browser.newContext();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  /** Opens one of the project's pages and waits for the token's code. */
  async function openToken(name: string) {
    const page = await context.newPage();
    const problems = watch(page, server.url);
    await page.goto(`${server.url}${name}`);
    await expect.poll(() => shadowText(page, 'soft-token'), { timeout: 10_000 }).toContain(CODE);
    return { page, problems };
  }

  /** Opens "add to an app on your phone": its QR code needs the QR encoder, a module loaded on demand. */
  async function expectQrCode(page: Page) {
    await page.locator('soft-token button.disclosure').click();
    await expect
      .poll(() => page.locator('soft-token svg[part="qr"] path').count(), { timeout: 10_000 })
      .toBe(1);
  }

  it('packs the built library, its types and its manifest, and no sources', () => {
    for (const file of [
      'package.json',
      'dist-lib/otp-rehearsal.js',
      'dist-lib/otp-rehearsal.classic.js',
      'dist-lib/otp-rehearsal.d.ts',
      'dist-lib/index.js',
      'dist-lib/index.d.ts',
      'dist-lib/components/soft-token.js',
      'dist-lib/components/soft-token.d.ts',
      'dist-lib/custom-elements.json',
    ]) {
      expect(packedFiles).toContain(file);
    }
    expect(packedFiles.filter((file) => !file.startsWith('dist-lib/') && file !== 'package.json')).toEqual([
      'LICENSE',
      'README.md',
    ]);
    expect(packedFiles.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('resolves every element, the bundle and the manifest through package.json "exports"', () => {
    const installed = join(project, 'node_modules', PACKAGE.name);
    const { customElements } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      customElements: string;
    };
    const manifest = JSON.parse(readFileSync(join(installed, customElements), 'utf8')) as Manifest;
    const tags = tagsOf(manifest);
    expect(tags).toContain('soft-token');
    // Every module the manifest names is in the package.
    for (const module of manifest.modules)
      expect(existsSync(join(installed, module.path)), module.path).toBe(true);
    const require = createRequire(join(project, 'package.json'));
    for (const specifier of [
      '',
      '/bundle',
      '/classic',
      '/custom-elements.json',
      ...tags.map((tag) => `/${tag}`),
    ]) {
      expect(existsSync(require.resolve(`${PACKAGE.name}${specifier}`)), specifier).toBe(true);
    }
    // The modules beside the elements (base classes, styles, helpers) are not the package's API.
    const internal = [
      ...readdirSync(join(ROOT, 'components'))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => file.replace(/\.ts$/, ''))
        .filter((name) => !tags.includes(name)),
      ...readdirSync(join(ROOT, 'components', 'internal')).map(
        (file) => `internal/${file.replace(/\.ts$/, '')}`,
      ),
    ];
    expect(internal.length).toBeGreaterThan(0);
    for (const name of internal) {
      expect(() => require.resolve(`${PACKAGE.name}/${name}`), name).toThrow(/not defined by "exports"/);
    }
    // docs/import-map.json (the README's, the docs page's) maps every dependency of the package.
    const mapped = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'docs', 'import-map.json'), 'utf8')) as { imports: object })
        .imports,
    );
    for (const dependency of Object.keys(PACKAGE.dependencies)) {
      expect(
        mapped.some((key) => key === dependency || key === `${dependency}/`),
        dependency,
      ).toBe(true);
    }
  });

  it('type-checks a consumer: elements, their properties and their typed events', () => {
    writeFileSync(
      join(project, 'check.ts'),
      [
        `import '${PACKAGE.name}/soft-token';`,
        `import { SoftToken } from '${PACKAGE.name}';`,
        `const token: SoftToken = document.createElement('soft-token');`,
        `token.time = 59_000;`,
        `token.addEventListener('code-copied', (event) => {`,
        `  const credentialId: string = event.detail.credentialId;`,
        `  console.log(credentialId);`,
        `});`,
        `document.querySelector('bank-login')?.addEventListener('login-succeeded', (event) => {`,
        `  const sessionId: string = event.detail.sessionId;`,
        `  console.log(sessionId);`,
        `});`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: ['check.ts'],
      }),
    );
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], project);
  });

  it('shows the RFC code for a frozen time from the all-in-one file alone', async () => {
    const { page, problems } = await openToken('all-in-one.html');
    expect(await shadowText(page, 'soft-token')).toContain('VSMT 1234 5678');
    await expectQrCode(page);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await page.close();
  });

  it("defines only <soft-token> from the element's own module and an import map", async () => {
    const { page, problems } = await openToken('one-element.html');
    expect(await shadowText(page, 'soft-token')).toContain('VSMT 1234 5678');
    await expectQrCode(page);
    const defined = await page.evaluate(() =>
      ['soft-token', 'bank-login', 'otp-rehearsal-app'].filter((tag) => customElements.get(tag)),
    );
    expect(defined).toEqual(['soft-token']);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await page.close();
  });

  it('works in a page opened from disk (file://) through the classic script', async () => {
    const page = await context.newPage();
    const url = pathToFileURL(join(project, 'from-disk.html')).href;
    const problems = watch(page, 'file://');
    await page.goto(url);
    await expect.poll(() => shadowText(page, 'soft-token'), { timeout: 10_000 }).toContain(CODE);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await page.close();
  });

  it('takes being loaded twice, and beside its own modules, without an error', async () => {
    const { page, problems } = await openToken('twice.html');
    // Every script ran (the last one too) before the page's load event.
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => customElements.get('bank-login') !== undefined)).toBe(true);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
    await page.close();
  });
});

describe('the docs page', () => {
  let manifest: Manifest;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let problems: ReturnType<typeof watch>;

  beforeAll(async () => {
    run(process.execPath, [join(ROOT, 'scripts', 'build-docs.mjs')], ROOT);
    manifest = JSON.parse(readFileSync(join(ROOT, 'dist-lib', 'custom-elements.json'), 'utf8')) as Manifest;
    server = await serveStatic(join(ROOT, 'dist-docs'));
    context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    problems = watch(page, server.url);
    await page.goto(server.url);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('has a section for every element, each with a rendered live example, a snippet and its tables', async () => {
    const tags = tagsOf(manifest);
    expect(tags.length).toBeGreaterThan(10);
    for (const tag of tags) {
      const section = page.locator(`section#${tag}`);
      // By id: the locators pierce shadow roots, and the bank screens have headings of their own.
      expect(await page.locator(`#${tag}-heading`).textContent()).toBe(`<${tag}>`);
      for (const title of [
        'Live example',
        'Snippet',
        'Attributes',
        'Events',
        'CSS parts',
        'CSS custom properties',
      ]) {
        const headings = section.getByRole('heading', { level: 3, name: title, exact: true });
        expect(await headings.count(), `${tag}: ${title}`).toBe(1);
      }
      expect(await section.locator(`#snippet-${tag}`).textContent()).toContain(`<${tag}`);
    }
    await expectLiveExamples(page, tags);
  });

  it('keeps its table of contents in view on a wide screen, marking the section read; above the page on a phone', async () => {
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const inView = async () => {
      const box = (await contents.boundingBox())!;
      const { height } = page.viewportSize()!;
      return box.y >= 0 && box.y + box.height <= height;
    };
    try {
      await page.setViewportSize({ width: 1280, height: 860 });
      for (const tag of ['soft-token', 'trainer-bar']) {
        await page.locator(`#${tag}-heading`).evaluate((heading) => heading.scrollIntoView());
        expect(await inView(), tag).toBe(true);
        await expect
          .poll(() => contents.locator('a[aria-current="location"]').getAttribute('href'))
          .toBe(`#${tag}`);
      }
      await page.setViewportSize({ width: 360, height: 740 });
      await page.locator('#trainer-bar-heading').evaluate((heading) => heading.scrollIntoView());
      expect(await inView()).toBe(false);
      expect(await scrollWidthOf(page)).toBeLessThanOrEqual(360);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  it('lists every custom property the styles of an element read: its own knobs and the design tokens', async () => {
    const documented = new Map(
      manifest.modules.flatMap((module) =>
        (module.declarations ?? []).flatMap((item) =>
          item.customElement && item.tagName
            ? [[item.tagName, (item.cssProperties ?? []).map((property) => property.name)] as const]
            : [],
        ),
      ),
    );
    // The styles as the element adopts them; a property the same styles set (presenter mode's
    // values, a private `--accent`) is not a knob of the element.
    const read = await page.evaluate(
      (tags) => {
        const names = (text: string, pattern: RegExp) =>
          new Set([...text.matchAll(pattern)].map(([, name]) => name));
        return tags.map((tag) => {
          const element = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] };
          const text = element.elementStyles.map((style) => style.cssText).join('\n');
          const set = names(text, /(--[\w-]+)\s*:/g);
          return [tag, [...names(text, /var\((--[\w-]+)/g)].filter((name) => !set.has(name)).sort()] as const;
        });
      },
      [...documented.keys()],
    );
    expect(read.length).toBeGreaterThan(10);
    for (const [tag, properties] of read) {
      expect(properties.length, tag).toBeGreaterThan(0);
      expect(
        properties.filter((name) => !documented.get(tag)!.includes(name)),
        tag,
      ).toEqual([]);
    }
  });

  it('copies a snippet and says so in its status region', async () => {
    const section = page.locator('section#soft-token');
    await section.getByRole('button', { name: /Copy snippet/ }).click();
    await expect.poll(() => page.locator('#status-soft-token').textContent()).toBe('Snippet copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet-soft-token').textContent());
    expect(copied).toMatch(/^<script type="module" src="otp-rehearsal.js"><\/script>\n<soft-token\b/);
    expect(copied).toContain('secret="GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"');
    // The live example follows the real clock: no fixed moment in its snippet.
    expect(copied).not.toContain('time=');
  });

  it('is axe clean, loads only its own files and logs no error', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ errors: [], foreignRequests: [] });
  });
});

describe('the docs page opened from disk (file://)', () => {
  it('renders every live example, loading only its own files, with no error', async () => {
    // The page the describe above built; built again if this file runs alone.
    if (!existsSync(join(ROOT, 'dist-docs', 'otp-rehearsal.classic.js')))
      run(process.execPath, [join(ROOT, 'scripts', 'build-docs.mjs')], ROOT);
    const manifest = JSON.parse(
      readFileSync(join(ROOT, 'dist-docs', 'custom-elements.json'), 'utf8'),
    ) as Manifest;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watch(page, 'file://');
      await page.goto(pathToFileURL(join(ROOT, 'dist-docs', 'index.html')).href);
      await expectLiveExamples(page, tagsOf(manifest));
      expect(problems).toEqual({ errors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  }, 60_000);
});
