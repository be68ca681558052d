// `npm test`: every check in the order that fails fastest, then one closing line that counts the
// tests run by Vitest and Playwright ("N passed, N failed").
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, installHint } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(installHint);
  process.exit(1);
}

const reports = mkdtempSync(join(tmpdir(), 'spillage-test-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
const sharedQuoteCheck = join('..', 'shared', 'tools', 'check-quotes.mjs');
// The source article lives beside the repository (../shared) on the team's machines and in CI:
// when it is there, the scenario checker also finds every `quote` in it.
const sharedArticle = join('..', 'shared', 'sources', 'article.txt');
const hasScenarioChecker = JSON.parse(readFileSync('package.json', 'utf8')).scripts[
  'check:scenarios'
];

// The static checks are each one single-threaded process and read only the sources, so they run
// side by side (on a fresh clone, typecheck and typed lint take 1.5-2 minutes each).
const staticChecks = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.', '--log-level', 'warn'] },
];

const steps = [
  staticChecks,
  hasScenarioChecker && {
    name: 'scenario checks',
    command: [
      'npm',
      'run',
      '--silent',
      'check:scenarios',
      ...(existsSync(sharedArticle) ? ['--', '--source', sharedArticle] : []),
    ],
  },
  // The source article lives beside the repository (../shared) on the team's machines and in CI.
  existsSync(sharedQuoteCheck) && {
    name: 'quotes match the source',
    command: ['node', sharedQuoteCheck, 'scenarios'],
  },
  {
    name: 'unit tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
  },
  {
    name: 'production build',
    command: ['npm', 'run', '--silent', 'build', '--', '--logLevel', 'warn'],
  },
  {
    name: 'single-file build',
    command: ['npm', 'run', '--silent', 'build:single', '--', '--logLevel', 'warn'],
  },
  {
    name: 'browser tests',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  },
].filter(Boolean);

const failedSteps = [];
for (const stepOrGroup of steps) {
  const group = Array.isArray(stepOrGroup) ? stepOrGroup : [stepOrGroup];
  // One step writes straight to the terminal; steps side by side each keep their output until
  // they end, so it is printed whole, in the listed order.
  const alone = group.length === 1;
  const runs = group.map((step) => runStep(step, alone));
  for (const [index, step] of group.entries()) {
    const { status, output, seconds } = await runs[index];
    if (!alone) console.log(`\n=== ${step.name}: ${step.command.join(' ')}\n${output}`);
    if (status === 0) console.log(`=== ${step.name}: ok (${seconds} s)`);
    else {
      console.log(`=== ${step.name}: FAILED (${seconds} s)`);
      failedSteps.push(step.name);
    }
  }
  // The browser tests need the builds.
  if (group.some((step) => step.name.endsWith('build') && failedSteps.includes(step.name))) break;
}

const counts = { passed: 0, failed: 0 };
addVitestCounts(vitestReport, counts);
addPlaywrightCounts(playwrightReport, counts);
console.log(
  `\n${failedSteps.length ? `Failed steps: ${failedSteps.join(', ')}` : 'Every step passed.'}`,
);
// A failed step that is not a test (typecheck, lint, …) still counts as one failure.
const failed = counts.failed + failedSteps.filter((name) => !/tests$/.test(name)).length;
console.log(`spillage: ${counts.passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);

/** Runs one step; resolves with its exit status, its output when kept, and how long it took. */
function runStep(step, toTerminal) {
  if (toTerminal) console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const child = spawn(step.command[0], step.command.slice(1), {
    stdio: toTerminal ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CHROMIUM_PATH: chromium, ...step.env },
  });
  const chunks = [];
  child.stdout?.on('data', (chunk) => chunks.push(chunk));
  child.stderr?.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve) => {
    const end = (status) =>
      resolve({
        status,
        output: Buffer.concat(chunks).toString('utf8').trimEnd(),
        seconds: ((Date.now() - started) / 1000).toFixed(1),
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`could not start ${step.command[0]}: ${error.message}`));
      end(1);
    });
    child.on('close', (code) => end(code ?? 1));
  });
}

function addVitestCounts(file, into) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  into.passed += report.numPassedTests ?? 0;
  into.failed += report.numFailedTests ?? 0;
}

function addPlaywrightCounts(file, into) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  into.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  into.failed += stats?.unexpected ?? 0;
}
