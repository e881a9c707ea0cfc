// `npm run bench`: TOTP generate/verify in Node and in Chromium (the same module, bench/otp-bench.ts),
// and the bank's login-with-OTP round trip in Chromium's IndexedDB with 1 and 10,000 customers.
// It only measures and prints (no timed assertion); results also go to .bench/results.json.
//
//   npm run bench               the full run, about a minute and a half on 2 cores
//   npm run bench -- --quick    short rounds and few samples, to check that everything still runs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { requireChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const harness = quick
  ? { warmupMs: 100, roundMs: 200, rounds: 3 }
  : { warmupMs: 300, roundMs: 1000, rounds: 5 };
const login = quick ? { warmups: 1, samples: 5 } : { warmups: 2, samples: 15 };
// Nothing listens here: Playwright answers every request from the build (see serveBuild), so no
// server can be orphaned or collide with another run. 127.0.0.1 makes the page a secure context.
const ORIGIN = 'http://127.0.0.1:4174';
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const started = performance.now();
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const packageVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

async function benchNode(workDir) {
  log('bundling bench/otp-bench.ts for Node (esbuild)');
  const outfile = join(workDir, 'node', 'otp-bench.mjs');
  await esbuild({
    absWorkingDir: root,
    entryPoints: ['bench/otp-bench.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const { runOtpBench } = await import(pathToFileURL(outfile).href);
  log(`TOTP in Node (${harness.rounds} rounds of ${harness.roundMs} ms per case)`);
  return runOtpBench(harness);
}

async function buildPage(workDir) {
  log('building bench/index.html (vite)');
  const outDir = join(workDir, 'page');
  await viteBuild({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(root, 'bench', 'index.html') },
    },
  });
  return outDir;
}

/** Serves `outDir` to the page through Playwright's request interception. */
async function serveBuild(page, outDir) {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = resolve(outDir, `.${path}`);
    if (!file.startsWith(outDir + sep)) return route.fulfill({ status: 403, body: 'outside the build' });
    try {
      const body = readFileSync(file);
      return route.fulfill({
        status: 200,
        body,
        contentType: MIME[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

async function benchChromium(outDir) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) process.stderr.write(`${message.text()}\n`);
      else if (message.type() === 'error') log(`page console: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(error));
    await serveBuild(page, outDir);
    await page.goto(`${ORIGIN}/bench/index.html`);
    const ready = await page.evaluate(() => window.benchReady);
    if (pageErrors.length) throw pageErrors[0];
    if (!ready.secureContext) throw new Error('The bench page is not a secure context (no crypto.subtle)');
    log(`TOTP in Chromium ${browser.version()} (${harness.rounds} rounds of ${harness.roundMs} ms per case)`);
    const otp = await page.evaluate((options) => window.bench.otp(options), harness);
    const loginResult = await page.evaluate((options) => window.bench.login(options), login);
    return { version: browser.version(), userAgent: ready.userAgent, otp, login: loginResult };
  } finally {
    await browser.close();
  }
}

// ---- Output -------------------------------------------------------------------------------

const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(n < 10 ? 2 : 1);
const times = (n) => `${n.toFixed(2)}×`;
/** Spread of the rounds around their median, so a noisy run is visible. */
const spread = (result) =>
  `±${Math.round(((Math.max(...result.rounds) - Math.min(...result.rounds)) / 2 / result.opsPerSec) * 100)}%`;

function table(results) {
  const { node, chromium: browser } = results;
  const lines = [];
  const row = (label, ...cells) =>
    lines.push(label.padEnd(34) + cells.map((c) => String(c).padStart(12)).join(''));
  const otpauthLabel = `otpauth ${results.versions.otpauth}`;

  lines.push(
    `OTP Rehearsal benchmarks — ${results.date}`,
    `${results.machine.cpus}× ${results.machine.cpu}, Node ${results.versions.node}, Chromium ${browser.version}` +
      (results.quick ? '  (--quick: short rounds, rough numbers)' : ''),
    `TOTP: median of ${harness.rounds} rounds × ${harness.roundMs} ms per case, 20-byte secret, SHA-1, 6 digits, ` +
      `a new step per operation; ± is half the rounds' range.`,
    '',
  );
  for (const [kind, title] of [
    ['generate', 'TOTP generate (ops/s)'],
    ['verify', 'TOTP verify, window 1 (ops/s)'],
  ]) {
    row(title, 'Node', '±', 'Chromium', '±');
    for (const [key, label] of [
      ['webCrypto', 'ours, WebCrypto'],
      ['noble', 'ours, noble'],
      ['otpauth', otpauthLabel],
    ]) {
      const n = node[kind][key];
      const c = browser.otp[kind][key];
      row(`  ${label}`, int(n.opsPerSec), spread(n), int(c.opsPerSec), spread(c));
    }
    const ratioKey = `${kind}Ratio`;
    row('  otpauth ÷ ours fastest', times(node[ratioKey]), '', times(browser.otp[ratioKey]), '');
    if (kind === 'generate') {
      lines.push(
        '    (aim: ≤ 1.50× — ours within 1.5× of otpauth)',
        '    (otpauth hashes with node:crypto in Node, with its own JS SHA-1 in Chromium)',
      );
    } else lines.push(`    (${node.verifyCase})`);
    lines.push('');
  }

  const runs = browser.login.runs;
  const find = (customers, iterations) =>
    runs.find((r) => r.customers === customers && r.passwordIterations === iterations);
  const counts = [...new Set(runs.map((r) => r.customers))].sort((a, b) => a - b);
  const iterationSettings = [...new Set(runs.map((r) => r.passwordIterations))];
  const [few, many] = [counts[0], counts[counts.length - 1]];
  const plural = (n) => `${int(n)} customer${n === 1 ? '' : 's'}`;
  row('Login round trip (ms)', 'median', 'p95', 'min', 'max');
  lines.push(
    `  Chromium IndexedDB: login → token code → confirmLoginOtp; ${login.samples} samples after ` +
      `${login.warmups} warm-ups; p95 interpolated`,
  );
  for (const iterations of iterationSettings) {
    const note =
      iterations === iterationSettings[0] ? ' (the real default)' : ' (IndexedDB + HMAC, little PBKDF2)';
    lines.push(`  PBKDF2 ${int(iterations)} iterations${note}`);
    for (const customers of counts) {
      const r = find(customers, iterations);
      row(`    ${plural(customers)}`, ms(r.medianMs), ms(r.p95Ms), ms(r.minMs), ms(r.maxMs));
    }
    row(
      `    ${int(many)} ÷ ${int(few)}, median`,
      times(find(many, iterations).medianMs / find(few, iterations).medianMs),
      '',
      '',
      '(aim ≤ 1.20×)',
    );
  }
  const big = find(many, iterationSettings[0]);
  lines.push(
    `  Seeding ${plural(many)}: openDemo ${ms(big.seedMs)} ms, ${int(many - 1)} fillers in batches of ` +
      `${browser.login.options.batchSize}: ${int(big.fillMs)} ms`,
  );
  return lines.join('\n');
}

// ---- Main ---------------------------------------------------------------------------------

requireChromium();
const workDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-bench-'));
let exitCode = 0;
try {
  const node = await benchNode(workDir);
  const outDir = await buildPage(workDir);
  const browser = await benchChromium(outDir);
  const results = {
    date: new Date().toISOString(),
    quick,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', platform: process.platform },
    versions: {
      node: process.versions.node,
      chromium: browser.version,
      otpauth: packageVersion('otpauth'),
      noble: packageVersion('@noble/hashes'),
    },
    notes: {
      otpauthBackends: 'Node: node:crypto createHmac; Chromium: otpauth bundled JS SHA-1',
      otpauthRatio: 'otpauth ops/s ÷ the faster of ours; the aim for generate is ≤ 1.5',
      loginRatio: 'median with the most customers ÷ median with the fewest; the aim is ≤ 1.2',
    },
    node,
    chromium: browser,
  };
  results.wallSeconds = (performance.now() - started) / 1000;
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  console.log(`\nWall time ${results.wallSeconds.toFixed(1)} s. Results: .bench/results.json`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
