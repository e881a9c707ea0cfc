// Runs every suite (unit in Node, browser and end-to-end in Chromium) and ends with one line,
// "N passed, M failed", summing them all, so a run that executed no test is visible.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireChromium } from './chromium.mjs';

requireChromium();
const workDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-test-'));
const bin = (name) => join('node_modules', '.bin', name);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readCounts(file) {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

const suites = [];

function runVitest(name, extraArgs) {
  const file = join(workDir, `vitest-${suites.length}.json`);
  const args = ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
  const status = run(bin('vitest'), args);
  const report = readCounts(file);
  suites.push({
    name,
    status,
    counts: report && {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    },
  });
}

runVitest('unit (vitest, Node)', []);

const wtrFile = join(workDir, 'wtr.json');
const wtrStatus = run(bin('web-test-runner'), ['--static-logging'], { WTR_COUNT_FILE: wtrFile });
suites.push({ name: 'browser (web-test-runner, Chromium)', status: wtrStatus, counts: readCounts(wtrFile) });

runVitest('end-to-end (production build, Chromium)', ['--config', 'vitest.e2e.config.ts']);

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('');
for (const suite of suites) {
  const counts = suite.counts ?? { passed: 0, failed: 1, skipped: 0 };
  // A suite that exits non-zero fails the run even if its counts look clean (a crash, a load error).
  if (suite.status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
