// `npm run lighthouse`: Lighthouse (mobile, its defaults: a mid-range phone, slow 4G and a 4× slower
// CPU, simulated) on the production build, as a static host serves it (scripts/first-screen.mjs). Prints
// the scores of performance, accessibility, best practices and SEO, the metrics behind performance
// (total blocking time, script evaluation), and every audit that lost points. `npm run bench` runs
// the same and reports it beside the first screen's times.
//
//   npm run lighthouse                   build, then audit a first visit (median of 3 runs)
//   npm run lighthouse -- --dist dist    audit a build made already
//   npm run lighthouse -- --runs 1       one run
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
import { root, serveStatic } from './first-screen.mjs';

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

/**
 * Lighthouse (mobile) on the build in `distDir`, `runs` times: the median of each score and metric
 * (as Lighthouse advises for performance, whose score varies from run to run), and the audits that
 * lost points in any run.
 */
export async function runLighthouse(distDir, { runs = 3 } = {}) {
  const server = await serveStatic(resolve(distDir));
  try {
    const reports = [];
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1} of ${runs}: ${server.origin}/`);
      reports.push(summary(await auditOnce(`${server.origin}/`)));
    }
    const medianOf = (pick) => median(reports.map(pick));
    const lost = new Map();
    for (const report of reports)
      for (const item of report.lostPoints) lost.set(`${item.category}/${item.id}`, item);
    return {
      runs,
      lighthouseVersion: JSON.parse(
        readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8'),
      ).version,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, medianOf((r) => r.scores[id])])),
      metrics: Object.fromEntries(
        Object.keys(reports[0].metrics).map((key) => [key, medianOf((r) => r.metrics[key])]),
      ),
      lostPoints: [...lost.values()],
    };
  } finally {
    await server.close();
  }
}

/** The report's lines, for the bench's table and this script. */
export function lighthouseLines(result) {
  const { scores, metrics } = result;
  const lines = [
    `Lighthouse ${result.lighthouseVersion} (mobile: simulated slow 4G, CPU 4× slower), first visit, median of ${result.runs}`,
    `  performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, ` +
      `SEO ${scores.seo} (aim: 100, 100, 100; SEO stays below: the page is noindex on purpose)`,
    `  total blocking time ${Math.round(metrics.totalBlockingTimeMs)} ms, script evaluation ${Math.round(metrics.scriptEvaluationMs)} ms, ` +
      `main thread ${Math.round(metrics.mainThreadMs)} ms; first contentful paint ${Math.round(metrics.firstContentfulPaintMs)} ms, ` +
      `largest ${Math.round(metrics.largestContentfulPaintMs)} ms, speed index ${Math.round(metrics.speedIndexMs)} ms, ` +
      `layout shift ${metrics.cumulativeLayoutShift.toFixed(3)}`,
  ];
  for (const item of result.lostPoints) {
    lines.push(
      `  lost points: ${item.category} / ${item.id} (score ${item.score}) ${item.displayValue}`.trimEnd(),
    );
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argument = (name) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  let workDir;
  let dist = argument('--dist') && resolve(argument('--dist'));
  try {
    if (!dist) {
      workDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-lighthouse-build-'));
      dist = join(workDir, 'app');
      log('building the app (vite, production)');
      await viteBuild({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    }
    const result = await runLighthouse(dist, { runs: Number(argument('--runs') ?? 3) });
    console.log(lighthouseLines(result).join('\n'));
  } finally {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }
}
