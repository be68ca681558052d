/**
 * `npm run bench`: builds the game and the blank Phaser reference, loads each in fresh headless
 * Chromium launches, and prints the medians side by side (issue 2 item 8; goals from issues 5, 7).
 * It exits non-zero only when it cannot measure (no Chromium, a failed build), never on a figure.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBenchOptions, type BenchOptions } from './bench-options';
import type { BenchTarget } from './bench-target';
import { gameTarget, referenceTarget, staticPageTarget } from './bench-targets';
import { buildGame, buildReference, gameSourceExists } from './build-targets';
import { describeWebgl } from './describe-webgl';
import { chromiumVersion, findChromium } from './find-chromium';
import { BED_PLAYS_MS } from '../../src/audio/sound-bank';
import { formatBenchTable, type BenchResults } from './format-bench-table';
import { lighthouseBoth, lighthouseRows, type LighthouseRow } from './lighthouse-rows';
import { measureRun, type RunFigures } from './measure-run';
import { serveStatic, type StaticServer } from './serve-static';

/** One line per run, so a reader can see the spread behind each median. */
function describeRun(target: BenchTarget, run: number, runs: number, f: RunFigures): string {
  const ms = (value: number | null): string => (value === null ? '—' : `${value.toFixed(0)} ms`);
  return (
    `  ${target.name.padEnd(9)} run ${run}/${runs}: control ${ms(f.firstControlMs)}, frame ${ms(f.firstFrameMs)}, ` +
    `longest task after control ${ms(f.longestTaskAfterControlMs)}, ` +
    `idle CPU ${f.idleCpuPercent.toFixed(1)} % (bed playing ${f.idleCpuWhileSoundingPercent?.toFixed(1) ?? '—'} %), heap ${f.heapMb.toFixed(2)} MB, ` +
    `JS ${f.jsFirstScreenKb === null ? '—' : f.jsFirstScreenKb.toFixed(1)} / ${f.jsTotalKb.toFixed(1)} KB`
  );
}

/** Runs the optional engine section written next to this file (tests/bench/engine-bench.ts). */
async function engineSection(): Promise<string | undefined> {
  const file = new URL('./engine-bench.ts', import.meta.url);
  if (!existsSync(file)) return undefined;
  const module = (await import(file.href)) as { runEngineBench?: () => Promise<string> };
  if (typeof module.runEngineBench !== 'function')
    throw new Error('engine-bench.ts does not export runEngineBench()');
  return module.runEngineBench();
}

/** Decides which targets can be measured, building them first unless `--no-build`. */
async function prepareTargets(
  options: BenchOptions,
): Promise<{ targets: BenchTarget[]; failed: boolean }> {
  const game: BenchTarget = options.gameDist
    ? { ...gameTarget, distDir: resolve(options.gameDist) }
    : gameTarget;
  let failed = false;
  let gameBuilt = !options.build || options.gameDist !== undefined;
  if (options.build) {
    if (options.gameDist) {
      console.log(`game: using the build already in ${game.distDir}`);
    } else if (!gameSourceExists()) {
      console.log(
        'game: there is no index.html at the project root yet, so there is no game to build.',
      );
    } else {
      const outcome = await buildGame();
      if (outcome.ok) {
        gameBuilt = true;
        console.log(`game: built with npm run build in ${outcome.seconds.toFixed(1)} s`);
      } else {
        failed = true;
        console.error(`game: npm run build FAILED; the game is not measured.\n${outcome.output}`);
      }
    }
    const reference = await buildReference();
    if (!reference.ok) throw new Error(`reference build failed:\n${reference.output}`);
    console.log(`reference: built in ${reference.seconds.toFixed(1)} s`);
  }
  const targets: BenchTarget[] = [];
  if (gameBuilt && existsSync(join(game.distDir, 'index.html'))) targets.push(game);
  else if (!failed)
    console.log(`game: ${game.distDir} has no index.html, so only the reference is measured.`);
  if (!existsSync(join(referenceTarget.distDir, 'index.html'))) {
    throw new Error(
      'dist-bench/reference/ has no index.html: run without --no-build to build the reference',
    );
  }
  targets.push(referenceTarget, staticPageTarget);
  return { targets, failed };
}

/** The whole bench; resolves to the process exit code. */
async function main(): Promise<number> {
  const started = performance.now();
  const options = parseBenchOptions(process.argv.slice(2));
  const chromiumPath = findChromium();
  const cpu = cpus();
  console.log(`Spillage bench, ${new Date().toISOString()}`);
  console.log(`Browser: ${await chromiumVersion(chromiumPath)} (${chromiumPath})`);
  console.log(`WebGL:   ${await describeWebgl(chromiumPath)}`);
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}; Node ${process.version}`,
  );
  console.log(
    `Plan:    ${options.runs} fresh launches per target, 1366x768, ${options.settleSeconds} s settle, ${options.idleSeconds} s idle` +
      `${options.lighthouse ? '; then Lighthouse, mobile and desktop' : ''}\n`,
  );

  const { targets, failed } = await prepareTargets(options);
  const servers = new Map<BenchTarget, StaticServer>();
  for (const target of targets) servers.set(target, await serveStatic(target.distDir));
  const results: BenchResults = {};
  let lighthouse: LighthouseRow[] = [];
  console.log('');
  try {
    // Interleave the targets so a change in machine load hits both alike.
    for (let run = 1; run <= options.runs; run += 1) {
      for (const target of targets) {
        // The play hooks take minutes and are already many samples each: run 1 only.
        const figures = await measureRun(
          target,
          servers.get(target)!,
          chromiumPath,
          options,
          run === 1,
        );
        (results[target.name] ??= []).push(figures);
        console.log(describeRun(target, run, options.runs, figures));
        for (const warning of new Set(figures.warnings)) console.log(`    warning: ${warning}`);
      }
    }
    if (options.lighthouse) {
      console.log('\nLighthouse 12 (one run per page and profile):');
      const pages = targets
        .filter((target) => target.name !== 'static')
        .map((target) => ({ target, url: `${servers.get(target)!.origin}/` }));
      lighthouse = lighthouseRows(await lighthouseBoth(chromiumPath, pages));
    }
  } finally {
    for (const server of servers.values()) await server.close();
  }

  console.log(`\nMedians of ${options.runs} fresh Chromium launches per target:\n`);
  console.log(formatBenchTable(results, lighthouse));
  const notes = [
    '',
    `JS: gzip body bytes the local server sent (zlib's default level, like a typical host; Vite's own report`,
    `    may differ by about 1 %). "Before first control": scripts whose responseEnd (resource timing)`,
    `    precedes the spillage:first-control mark, by their encodedBodySize. KB = 1000 bytes, MB = 10^6 bytes.`,
    `Idle CPU: utime+stime of Chromium and all its descendants (/proc) over ${options.idleSeconds} s, after a ${options.settleSeconds} s settle;`,
    `    game idled on its ${gameTarget.idleScreen}, the reference on its ${referenceTarget.idleScreen}, the static page`,
    `    (tests/bench/static-page/) on its ${staticPageTarget.idleScreen}; "minus the static page" is the median of the`,
    `    run-by-run differences (each run launches the three one after the other).`,
    `    "At rest": for the game, once its ambient bed (which plays for the first ${BED_PLAYS_MS / 1000} s on a screen)`,
    `    has faded and its AudioContext is suspended; "first window" is the ${options.idleSeconds} s before that.`,
    'Longest task: PerformanceObserver long tasks (over 50 ms; 0 = none) from the first-control mark until the',
    "    stage rests on the title, at 1366x768 without CPU slowdown (Lighthouse's desktop conditions).",
    'Lighthouse: 12.2.3 through its Node API, in Chromium started by chrome-launcher with the flags above (software',
    '    WebGL), performance, accessibility and best practices; mobile = its default (4x CPU slowdown, slow 4G),',
    '    desktop = its desktop config. One run each, against the same local server (gzip, no long-lived caching).',
    'Heap: Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage (twice).',
    'Play figures (run 1 only, in the same page after the idle): choice → outcome is the p95 of 60',
    '    choices, each timed in the page from click to the first frame painted after it; heap growth is',
    '    the heap after 50 whole playthroughs (the four roles in turn) minus the heap after the first.',
  ];
  if (!gameTarget.measureChoiceToOutcome || !gameTarget.measureHeapOverPlaythroughs) {
    notes.push(
      'Not measured yet: choice → outcome and heap over 50 playthroughs wait for the game to fill the',
      '    measureChoiceToOutcome / measureHeapOverPlaythroughs hooks of gameTarget (tests/bench/bench-targets.ts).',
    );
  }
  console.log(notes.join('\n'));

  const engine = await engineSection();
  if (engine !== undefined) console.log(`\nEngine\n\n${engine}`);
  console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
