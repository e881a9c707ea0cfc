// `npm run lighthouse`: Lighthouse (mobile, its defaults: a mid-range phone, slow 4G and a 4× slower
// CPU, simulated) on the production build, as a static host serves it (scripts/first-screen.mjs). Prints
// the scores of performance, accessibility, best practices and SEO, the metrics behind performance
// (total blocking time, script evaluation), and every audit that lost points; then the reference
// page's performance (bench/reference/, the floor the bench measures the first screen against),
// audited in the same rounds. `npm run bench` runs the same and reports it beside the first screen's
// times.
//
//   npm run lighthouse                   build both, then audit a first visit of each (median of 3 rounds)
//   npm run lighthouse -- --dist dist    the app's build made already (the reference is built)
//   npm run lighthouse -- --runs 1       one round
//
// Chromium is Debian's (CHROME_PATH or /usr/bin/chromium), headless, started here for each run
// with a new profile: Lighthouse downloads no browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { build as viteBuild } from 'vite';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { buildReference, REFERENCE_PAGE, root, serveStatic } from './first-screen.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const log = (message) => process.stderr.write(`[lighthouse] ${message}\n`);

/** Starts headless Chromium with a new profile and its DevTools port; resolves once it listens. */
function startChromium(profileDir) {
  const child = spawn(
    requireChromium(),
    [
      '--headless=new',
      ...chromiumArgs,
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((started, failed) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) started({ port: Number(port), stop: () => child.kill() });
    });
    child.on('exit', (code) => failed(new Error(`Chromium exited (${code}) before listening:\n${output}`)));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run on `url`, in a Chromium of its own. */
async function auditOnce(url) {
  const profileDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-lighthouse-'));
  const chromium = await startChromium(profileDir);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    return result.lhr;
  } finally {
    chromium.stop();
    // Chromium lets go of its profile as it exits.
    await new Promise((gone) => setTimeout(gone, 500));
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** What a report says, in the few numbers the bench keeps. */
function summary(lhr) {
  const audit = (id) => lhr.audits[id];
  const breakdown = audit('mainthread-work-breakdown')?.details?.items ?? [];
  const lostPoints = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
      .map((ref) => ({
        category: category.id,
        id: ref.id,
        score: audit(ref.id).score,
        displayValue: audit(ref.id).displayValue ?? '',
      })),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    metrics: {
      firstContentfulPaintMs: audit('first-contentful-paint').numericValue,
      largestContentfulPaintMs: audit('largest-contentful-paint').numericValue,
      speedIndexMs: audit('speed-index').numericValue,
      totalBlockingTimeMs: audit('total-blocking-time').numericValue,
      cumulativeLayoutShift: audit('cumulative-layout-shift').numericValue,
      scriptEvaluationMs: breakdown.find((item) => item.group === 'scriptEvaluation')?.duration ?? 0,
      mainThreadMs: audit('mainthread-work-breakdown')?.numericValue ?? 0,
    },
    lostPoints,
  };
}

/** Each score and metric of `reports` (one page's runs): their median; the audits that lost points in any. */
function medianReport(reports, lighthouseVersion) {
  const medianOf = (pick) => median(reports.map(pick));
  const lost = new Map();
  for (const report of reports)
    for (const item of report.lostPoints) lost.set(`${item.category}/${item.id}`, item);
  return {
    runs: reports.length,
    lighthouseVersion,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, medianOf((r) => r.scores[id])])),
    /** Each run's performance score, in the order run: how far one build's score moves. */
    performanceRuns: reports.map((r) => r.scores.performance),
    metrics: Object.fromEntries(
      Object.keys(reports[0].metrics).map((key) => [key, medianOf((r) => r.metrics[key])]),
    ),
    lostPoints: [...lost.values()],
  };
}

/**
 * Lighthouse (mobile) on each of `pages`, `runs` rounds: in each round every page, in turn (the
 * order reversed every other round), so that a slow spell of the machine falls on all of them.
 * Performance's score varies from run to run, on this machine by several points for the same build,
 * so the app's is read beside the reference page's from the same rounds: the bench and this script
 * pass both, as `app` and `reference`. Per page, the median of each score and metric (as Lighthouse
 * advises), and the audits that lost points in any run.
 *
 * `pages`: by name, `{ folder, path }`: a build's folder, and the page's path in it ('' for its index).
 */
export async function runLighthouse(pages, { runs = 3 } = {}) {
  const names = Object.keys(pages);
  const servers = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await serveStatic(resolve(pages[name].folder))])),
  );
  try {
    const reports = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < runs; round++) {
      const order = round % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const url = `${servers[name].origin}/${pages[name].path ?? ''}`;
        log(`round ${round + 1} of ${runs}, ${name}: ${url}`);
        reports[name].push(summary(await auditOnce(url)));
      }
    }
    const { version } = JSON.parse(
      readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
    );
    return Object.fromEntries(names.map((name) => [name, medianReport(reports[name], version)]));
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
}

/** The reports' lines, for the bench's table and this script: the app's, then the reference's. */
export function lighthouseLines({ app, reference }) {
  const { scores, metrics } = app;
  const ms = (value) => `${Math.round(value)} ms`;
  const lines = [
    `Lighthouse ${app.lighthouseVersion} (mobile: simulated slow 4G, CPU 4× slower), first visit, median of ${app.runs}`,
    `  performance ${scores.performance} (runs: ${app.performanceRuns.join(', ')}), accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, ` +
      `SEO ${scores.seo} (aim: 100, 100, 100; SEO stays below: the page is noindex on purpose)`,
    `  total blocking time ${ms(metrics.totalBlockingTimeMs)}, script evaluation ${ms(metrics.scriptEvaluationMs)}, ` +
      `main thread ${ms(metrics.mainThreadMs)}; first contentful paint ${ms(metrics.firstContentfulPaintMs)}, ` +
      `largest ${ms(metrics.largestContentfulPaintMs)}, speed index ${ms(metrics.speedIndexMs)}, ` +
      `layout shift ${metrics.cumulativeLayoutShift.toFixed(3)}`,
  ];
  for (const item of app.lostPoints) {
    lines.push(
      `  lost points: ${item.category} / ${item.id} (score ${item.score}) ${item.displayValue}`.trimEnd(),
    );
  }
  if (reference) {
    const floor = reference.metrics;
    lines.push(
      `  the reference page (${REFERENCE_PAGE}), audited in the same rounds: performance ${reference.scores.performance} ` +
        `(runs: ${reference.performanceRuns.join(', ')}), ` +
        `total blocking time ${ms(floor.totalBlockingTimeMs)}, script evaluation ${ms(floor.scriptEvaluationMs)}, ` +
        `first contentful paint ${ms(floor.firstContentfulPaintMs)}, largest ${ms(floor.largestContentfulPaintMs)}`,
    );
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argument = (name) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const workDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-lighthouse-build-'));
  let dist = argument('--dist') && resolve(argument('--dist'));
  try {
    if (!dist) {
      dist = join(workDir, 'app');
      log('building the app (vite, production)');
      await viteBuild({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    }
    log(`building ${REFERENCE_PAGE} (vite)`);
    const reference = await buildReference(join(workDir, 'reference'));
    const results = await runLighthouse(
      { app: { folder: dist }, reference: { folder: reference, path: REFERENCE_PAGE } },
      { runs: Number(argument('--runs') ?? 3) },
    );
    console.log(lighthouseLines(results).join('\n'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
