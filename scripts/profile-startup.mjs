// `npm run profile:startup`: where the time goes before the login form is on screen. Builds the
// app as `npm run build` does (or profiles the build in `--dist <dir>`), opens it in headless
// Chromium on a first visit (a fresh profile: the demo seeds) and on a return visit (a reload),
// and prints, for each, the main thread's work until the login form was there — each task of a
// millisecond or more, with what it ran (a chunk's evaluation, a callback, style and layout, a font file read in) —
// the time the main thread sat idle (waiting on IndexedDB, WebCrypto, the network), and the
// JavaScript functions that took the most of it (a CPU profile, sampled every 0.1 ms).
//
//   npm run profile:startup                     build, then profile
//   npm run profile:startup -- --dist dist      profile a build made already
//   npm run profile:startup -- --cpu 4          with the CPU slowed down 4× (as Lighthouse's mobile run)
//   npm run profile:startup -- --readable       a build not minified, so that functions keep their names
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { chromiumArgs, requireChromium } from './chromium.mjs';
import { firstVisitEnded, loginFormOnScreen, root, serveStatic, watchFirstScreen } from './first-screen.mjs';

const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const cpuSlowdown = Number(argument('--cpu') ?? 1);
const distArgument = argument('--dist');
const log = (message) => process.stderr.write(`[profile] ${message}\n`);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'fonts',
].join(',');

/** A URL of the build, as a path within it (the server's port changes from run to run). */
const fromBuild = (url) => url.replace(/^http:\/\/127\.0\.0\.1:\d+\//, '');

/** The renderer's main thread in the trace: the thread that ran the page's scripts. */
function mainThread(events) {
  const named = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((s) => s.pid === e.pid && s.name === 'EvaluateScript'),
  );
  return named && { pid: named.pid, tid: named.tid };
}

/** What a top-level task did, from the events nested in it. */
function describe(task, nested) {
  const inside = nested.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
  const durationOf = (names) =>
    inside.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  const parts = [];
  const scripts = inside.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule');
  for (const e of scripts) {
    const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
    if (url) parts.push(`evaluate ${fromBuild(url)}`);
  }
  const calls = inside.filter((e) => e.name === 'FunctionCall');
  for (const e of calls.slice(0, 2)) {
    const data = e.args?.data ?? {};
    if (data.functionName || data.url)
      parts.push(
        `call ${data.functionName || '(anonymous)'} ${fromBuild(data.url ?? '')}:${data.lineNumber ?? ''}`,
      );
  }
  for (const [label, names] of [
    ['microtasks', ['RunMicrotasks']],
    ['parse HTML', ['ParseHTML']],
    ['compile', ['v8.compile', 'v8.compileModule', 'CompileScript', 'CompileModule']],
    ['style', ['UpdateLayoutTree', 'ScheduleStyleRecalculation']],
    ['layout', ['Layout']],
    ['paint', ['Paint', 'PrePaint', 'Layerize', 'Commit']],
    ['GC', ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase']],
  ]) {
    const ms = durationOf(names);
    if (ms >= 0.5) parts.push(`${label} ${ms.toFixed(1)} ms`);
  }
  // A font file Chromium reads in on its first use (on Linux, a CJK font is a file of about 20 MB):
  // part of the layout above, and the most of it on a first visit.
  for (const e of inside.filter((e) => e.name === 'FontDataManager::onMatchFamilyStyle' && e.dur >= 1000))
    parts.push(`font ${e.args?.family_name ?? '?'} ${(e.dur / 1000).toFixed(1)} ms`);
  const fired = inside.find((e) =>
    ['TimerFire', 'FireAnimationFrame', 'EventDispatch', 'FireIdleCallback'].includes(e.name),
  );
  if (fired) parts.push(fired.name + (fired.args?.data?.type ? ` ${fired.args.data.type}` : ''));
  return parts.join('; ');
}

/** Inclusive time per function (name and place) over the samples up to `untilMs` after the profile's start. */
function hotFunctions(profile, profileStartMs, untilMs) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  const self = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const at = t / 1000 - profileStartMs;
    if (at > untilMs) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    let node = byId.get(id);
    const key = (n) => {
      const f = n.callFrame;
      return `${f.functionName || '(anonymous)'} ${fromBuild(f.url)}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    };
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    while (node) {
      const k = key(node);
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      seen.add(k);
      node = byId.get(parent.get(node.id));
    }
  });
  const top = (map) =>
    [...map]
      .filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20);
  const idle = [...self].filter(([k]) => k.startsWith('(idle)')).reduce((sum, [, v]) => sum + v, 0);
  const gc = [...self].filter(([k]) => k.startsWith('(garbage collector)')).reduce((s, [, v]) => s + v, 0);
  const program = [...self].filter(([k]) => k.startsWith('(program)')).reduce((s, [, v]) => s + v, 0);
  return { inclusive: top(inclusive), self: top(self), idle, gc, program };
}

async function profileVisit(browser, context, page, label, load) {
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await cdp.send('Profiler.start');
  await load();
  const formMs = await loginFormOnScreen(page);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await cdp.detach();

  const events = trace.traceEvents ?? trace;
  const thread = mainThread(events);
  const onMain = events.filter((e) => e.pid === thread?.pid && e.tid === thread?.tid);
  const navigation =
    onMain.find((e) => e.name === 'navigationStart') ??
    events.find((e) => e.name === 'navigationStart' && e.pid === thread?.pid);
  const origin = navigation.ts;
  const until = origin + formMs * 1000;
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + e.dur >= origin && e.ts <= until)
    .sort((a, b) => a.ts - b.ts);
  const nested = onMain.filter((e) => e.ph === 'X' && e.name !== 'RunTask');
  // Only the part of each task between navigation and the form (the previous page's end overlaps).
  const busy =
    tasks.reduce((sum, e) => sum + Math.min(e.ts + e.dur, until) - Math.max(e.ts, origin), 0) / 1000;
  console.log(
    `\n== ${label}: login form on screen at ${formMs.toFixed(1)} ms` +
      (cpuSlowdown !== 1 ? ` (CPU ${cpuSlowdown}× slower)` : ''),
  );
  console.log(
    `   main thread busy ${busy.toFixed(1)} ms in ${tasks.length} tasks, idle ${(formMs - busy).toFixed(1)} ms`,
  );
  console.log('   tasks of 1 ms or more (start → duration, ms after navigation):');
  for (const task of tasks.filter((e) => e.dur >= 1000)) {
    const start = ((task.ts - origin) / 1000).toFixed(1).padStart(7);
    const dur = (task.dur / 1000).toFixed(1).padStart(6);
    console.log(`   ${start} → ${dur}  ${describe(task, nested)}`);
  }
  // The profile's clock is the trace's (microseconds, same base): count samples until the form.
  const hot = hotFunctions(profile, origin / 1000, formMs);
  console.log(
    `   CPU profile until the form: program ${hot.program.toFixed(1)} ms, GC ${hot.gc.toFixed(1)} ms, idle ${hot.idle.toFixed(1)} ms`,
  );
  console.log('   functions by inclusive time (ms):');
  for (const [name, ms] of hot.inclusive) console.log(`   ${ms.toFixed(1).padStart(7)}  ${name}`);
  console.log('   functions by self time (ms):');
  for (const [name, ms] of hot.self.slice(0, 12)) console.log(`   ${ms.toFixed(1).padStart(7)}  ${name}`);
}

requireChromium();
let workDir;
let dist = distArgument && resolve(distArgument);
if (!dist) {
  workDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-profile-'));
  dist = join(workDir, 'app');
  log('building the app (vite, production)');
  const minify = !process.argv.includes('--readable');
  await viteBuild({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, minify } });
}
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: ['--headless=new', ...chromiumArgs],
});
const server = await serveStatic(dist);
try {
  // No service worker, as in the bench: the app's would answer a reload from its cache.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await watchFirstScreen(context);
  await profileVisit(browser, context, page, 'first visit (a fresh profile: the demo seeds)', () =>
    page.goto(`${server.origin}/index.html`),
  );
  await firstVisitEnded(page);
  await profileVisit(browser, context, page, 'return visit (a reload, once the first has ended)', () =>
    page.reload(),
  );
  await context.close();
} finally {
  await browser.close();
  await server.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
