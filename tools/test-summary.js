#!/usr/bin/env node
// Ends the test run with one jest-style total over the unit and integration runs, so whoever reads
// only the tail of the CI log (a person or a CI parser) sees how many tests ran and passed.
// The last line is the plain 'N passed, N failed' total that CI's log reader counts (it does not read
// jest's own summary lines). Reads the JSON reports jest wrote with --json --outputFile (see tools/test-all.sh).
'use strict';
const fs = require('node:fs');
const totals = { suites: 0, suitesPassed: 0, tests: 0, passed: 0, failed: 0, pending: 0 };
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.suites += report.numTotalTestSuites;
  totals.suitesPassed += report.numPassedTestSuites;
  totals.tests += report.numTotalTests;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.pending += report.numPendingTests;
}
const parts = [`${totals.passed} passed`];
if (totals.failed) parts.unshift(`${totals.failed} failed`);
if (totals.pending) parts.push(`${totals.pending} skipped`);
console.log(`Test Suites: ${totals.suitesPassed} passed, ${totals.suites} total`);
console.log(`Tests:       ${parts.join(', ')}, ${totals.tests} total`);
console.log(`jest: ${totals.passed} passed, ${totals.failed} failed${totals.pending ? `, ${totals.pending} skipped` : ''}`);
process.exitCode = totals.failed || totals.suitesPassed !== totals.suites ? 1 : 0;
