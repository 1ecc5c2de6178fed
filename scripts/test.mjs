#!/usr/bin/env node
// `pnpm test`: every suite in one command — vitest in Node (core, adapters, demo backend) and
// @web/test-runner in real Chromium (elements, embed, and the minified-bundle smoke tests) — ending
// with one line `N passed, N failed` that sums them all.
//
//   pnpm test              all suites
//   pnpm test --node       Node suites only
//   pnpm test --browser    browser suites only
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cache = join(root, '.cache', 'test');
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });

const only = process.argv.includes('--node') ? 'node' : process.argv.includes('--browser') ? 'browser' : null;
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const suites = [];

if (only !== 'browser') {
  const out = join(cache, 'vitest.json');
  const code = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  const passed = report?.numPassedTests ?? 0;
  // A suite that crashed before reporting counts as one failure, never as a silent pass.
  const failed = (report?.numFailedTests ?? 0) + (report ? (report.numFailedTestSuites ?? 0) : 1);
  suites.push({
    name: 'node (vitest)',
    passed,
    failed: code !== 0 && failed === 0 ? 1 : failed,
    skipped: report?.numPendingTests ?? 0,
  });
}

if (only !== 'node') {
  const out = join(cache, 'wtr.json');
  const code = await run(bin('web-test-runner'), [], { SHOPLET_TEST_SUMMARY: out });
  const report = readJson(out);
  const passed = report?.passed ?? 0;
  const failed = report?.failed ?? (existsSync(out) ? 0 : 1);
  suites.push({
    name: 'browser (web-test-runner)',
    passed,
    failed: code !== 0 && failed === 0 ? 1 : failed,
    skipped: report?.skipped ?? 0,
  });
}

console.log('\nSummary');
for (const s of suites)
  console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
const skipped = suites.reduce((n, s) => n + s.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
