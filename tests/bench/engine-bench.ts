/**
 * Engine section of `npm run bench` (also `npx tsx tests/bench/engine-bench.ts`): synthetic
 * scenarios of 10, 99 and 990 beats, generated in memory as YAML text, timed through load (YAML
 * parse + validate) and check, with the heap they leave behind; the shipped scenario; and hostile
 * files of 100 KB and 1 MB. Goals (issue 11, point 7): the engine scales linearly (ten times the
 * beats within 15× the time) and checks the shipped scenario in under 100 ms. A scenario may hold
 * at most 1,000 beats and endings (MAX_BEATS, issue 16), so the largest size stays under it.
 */
import { cpus as cpuList, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkScenario } from '../../src/engine/check-scenario';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import { formatErrors } from '../../src/i18n/format-errors';
import { wordProblem } from '../../src/i18n/problem-words';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { HOSTILE_KINDS, hostileScenario } from '../engine/hostile-scenarios';

const SIZES = [10, 99, 990];
const BEATS_PER_ROLE = 1_000;
const RUNS = 3;

/** A synthetic scenario folder: roles of up to 1,000 beats, each beat a decision of three choices (one
 * conditional), three endings each, chained as a campaign. */
export function syntheticScenario(beats: number): ScenarioFileInput[] {
  const id = `bench-${beats}`;
  const roles = Math.ceil(beats / BEATS_PER_ROLE);
  const files: ScenarioFileInput[] = [
    {
      path: `${id}/scenario.yaml`,
      text: [
        `id: ${id}`,
        `title: Synthetic scenario of ${beats} beats`,
        'summary: Generated for the engine benchmark.',
        'version: 1.0.0',
        'language: en',
        'estimatedMinutes: 60',
        'world:',
        '  meters:',
        '    - { id: trust, label: Trust, min: 0, max: 10, initial: 5 }',
        '  facts:',
        '    - { id: alarm, label: The alarm is raised, initial: false }',
        '    - { id: secret, label: A secret, initial: false, hidden: true, reveal: It was known. }',
        `campaign: { order: [${Array.from({ length: roles }, (_, r) => `role-${r}`).join(', ')}] }`,
        '',
      ].join('\n'),
    },
    {
      path: `${id}/sources.yaml`,
      text: `sources:\n${Array.from({ length: 20 }, (_, i) => `  - id: s-${i}\n    quote: "Excerpt number ${i}, copied from the source."\n    attribution: Bench source ${i}\n`).join('')}`,
    },
  ];
  for (let r = 0; r < roles; r++) {
    const n = Math.min(BEATS_PER_ROLE, beats - r * BEATS_PER_ROLE);
    const target = (i: number): string => (i < n ? `b-${i}` : `end-${i - n}`);
    const lines = [
      `id: role-${r}`,
      `name: Role ${r}`,
      'summary: A generated role.',
      'briefing: Play through.',
      'start: b-0',
      'beats:',
    ];
    for (let i = 0; i < n; i++) {
      lines.push(
        `  - id: b-${i}`,
        `    title: Beat ${i}`,
        '    setting: office',
        `    text: Something happens at beat ${i}; the role must decide what to do next.`,
        '    decision:',
        '      prompt: What now?',
        '      choices:',
        `        - { id: go, label: Go on, historical: true, next: ${target(i + 1)}, outcome: { text: You go on., status: reported, cites: [s-${i % 20}] } }`,
        `        - { id: skip, label: Skip ahead, effects: { set: { alarm: true }, add: { trust: -1 } }, next: ${target(i + 2)}, outcome: { text: You skip., status: claimed, cites: [s-${(i + 1) % 20}] } }`,
        `        - { id: calm, label: Calm things, ${i <= 1 ? '' : 'when: { fact: alarm, is: true }, '}effects: { set: { alarm: false } }, next: ${i === n - 1 ? 'end-2' : target(i + 1)}, outcome: { text: Calm returns., status: what-if, cites: [s-1], basis: [s-2] } }`,
      );
    }
    lines.push('endings:');
    for (let e = 0; e < 3; e++) {
      lines.push(
        `  - { id: end-${e}, title: Ending ${e}, debrief: It ended., reality: { text: What happened., cites: [s-${e}] }, questions: [Why?] }`,
      );
    }
    files.push({ path: `${id}/roles/role-${r}.yaml`, text: `${lines.join('\n')}\n` });
  }
  return files;
}

interface Row {
  beats: number;
  kb: number;
  /** YAML parse + merge + validate (zod and the format's rules). */
  loadMs: number;
  checkMs: number;
  /** CPU time of load + check (user + system), which other processes on a shared machine do not inflate. */
  cpuMs: number;
  heapMb: number;
  states: number;
  paths: string;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function measure(beats: number): Row {
  const files = syntheticScenario(beats);
  const kb = files.reduce((n, f) => n + f.text.length, 0) / 1024;
  const loads: number[] = [];
  const checks: number[] = [];
  const cpus: number[] = [];
  let heapMb = 0;
  let states = 0;
  let paths = '';
  for (let run = 0; run < RUNS; run++) {
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const loaded = loadScenario(files);
    const t1 = performance.now();
    if (!loaded.ok)
      throw new Error(`synthetic scenario refused: ${formatErrors(loaded.errors.slice(0, 1))}`);
    const report = checkScenario(loaded.scenario);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
    const problem = report.problems[0];
    if (problem)
      throw new Error(`synthetic scenario has problems: ${wordProblem(problem.message, 'en')}`);
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - heapBefore) / 1048576);
    loads.push(t1 - t0);
    checks.push(t2 - t1);
    states = report.statesExplored;
    paths = report.paths;
  }
  return {
    beats,
    kb,
    loadMs: median(loads),
    checkMs: median(checks),
    cpuMs: median(cpus),
    heapMb,
    states,
    paths,
  };
}

/** Load + check of the shipped scenario, median of RUNS, in ms. */
async function shippedScenarioMs(): Promise<number> {
  const files = await readScenarioFolder(
    fileURLToPath(new URL('../../scenarios/equation-group', import.meta.url)),
  );
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const loaded = loadScenario(files);
    if (!loaded.ok) throw new Error('the shipped scenario does not load');
    checkScenario(loaded.scenario);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Loader time for each hostile kind at 100 KB and 1 MB (one run each: they are slow by design). */
function hostileLines(): string[] {
  const pad = (s: string, n: number): string => s.padStart(n);
  const lines = [`Loader on hostile files (issue 16): ms to refuse, 100 KB → 1 MB`];
  for (const kind of HOSTILE_KINDS) {
    const ms = [100 * 1024, 1024 * 1024].map((bytes) => {
      const text = hostileScenario(kind, bytes);
      const t0 = performance.now();
      loadScenario([{ path: `${kind}.yaml`, text }]);
      return performance.now() - t0;
    });
    const [small = 0, large = 0] = ms;
    lines.push(
      `${pad(kind, 24)} ${pad(small.toFixed(0), 7)} ms ${pad(large.toFixed(0), 7)} ms  (${(large / small).toFixed(1)}× for 10× the input)`,
    );
  }
  return lines;
}

/** Runs the engine benchmark and returns its table as text. */
export async function runEngineBench(): Promise<string> {
  await Promise.resolve();
  measure(100); // warm the JIT before measuring
  const rows = SIZES.map(measure);
  const total = (r: Row): number => r.loadMs + r.checkMs;
  const pad = (s: string, n: number): string => s.padStart(n);
  const lines = [
    `Engine: load + check of synthetic scenarios (median of ${RUNS} runs; load = YAML parse + validate; heap Δ is the most retained${(globalThis as { gc?: unknown }).gc ? '' : ', without --expose-gc'})`,
    `${pad('beats', 7)} ${pad('YAML KB', 8)} ${pad('load ms', 9)} ${pad('check ms', 9)} ${pad('total ms', 9)} ${pad('CPU ms', 8)} ${pad('heap Δ MB', 10)} ${pad('states', 7)}  paths`,
    ...rows.map(
      (r) =>
        `${pad(String(r.beats), 7)} ${pad(r.kb.toFixed(0), 8)} ${pad(r.loadMs.toFixed(1), 9)} ${pad(r.checkMs.toFixed(1), 9)} ${pad(total(r).toFixed(1), 9)} ${pad(r.cpuMs.toFixed(1), 8)} ${pad(r.heapMb.toFixed(1), 10)} ${pad(String(r.states), 7)}  ${r.paths.length > 15 ? `${r.paths.slice(0, 4)}…e${r.paths.length - 1}` : r.paths}`,
    ),
  ];
  const [, k1, k10] = rows;
  if (k1 && k10) {
    const growth = total(k10) / total(k1);
    const cpuGrowth = k10.cpuMs / k1.cpuMs;
    lines.push(
      `growth ${k1.beats} → ${k10.beats} beats: ${growth.toFixed(1)}× wall, ${cpuGrowth.toFixed(1)}× CPU (goal ≤ 15×: ${Math.min(growth, cpuGrowth) <= 15 ? 'met' : 'MISSED'}); load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpuList().length} cores`,
    );
  }
  const shipped = await shippedScenarioMs();
  lines.push(
    `shipped scenario (equation-group) loaded and checked in ${shipped.toFixed(0)} ms (goal < 100 ms: ${shipped < 100 ? 'met' : 'MISSED'})`,
    '',
    ...hostileLines(),
  );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runEngineBench().then(
    (text) => console.log(text),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
