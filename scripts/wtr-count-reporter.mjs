// A Web Test Runner reporter that writes how many tests passed and failed to a JSON file,
// so scripts/test.mjs can print one total line for every suite.
import { writeFileSync } from 'node:fs';

function countResults(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countResults(child, counts);
}

export function countReporter(outputFile) {
  return {
    onTestRunFinished({ sessions }) {
      if (!outputFile) return;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countResults(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      writeFileSync(outputFile, JSON.stringify(counts));
    },
  };
}
