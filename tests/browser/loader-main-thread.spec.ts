// Issue 16's last "Done when": no input under the size limit keeps the main thread busy for more
// than 200 ms in a row. Hostile files just under 2 MB go through the real file chooser, and the
// browser's longtask API records every main-thread task over 50 ms from the choice until the
// result (the errors, or the role picker) is on screen.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MAX_FILE_BYTES } from '../../src/engine/check-text-limits';
import { hostileScenario, type HostileKind } from '../engine/hostile-scenarios';
import { expect, test, waitForStageAtRest } from './guarded-test';

/** The longest main-thread task allowed while a file loads (issue 16). */
const LONGEST_TASK_MS = 200;
/** Every file is made as large as fits under this: just under the loader's limit. */
const SIZE = MAX_FILE_BYTES - 64 * 1024;

// No Playwright trace: its snapshots of the page are main-thread work of the harness, which would
// hide what this test measures, the loader's own work.
test.use({ trace: 'off' });

/** The largest text `make(bytes)` gives that fits in SIZE. */
function fitted(make: (bytes: number) => string): string {
  let bytes = SIZE;
  let text = make(bytes);
  while (text.length > SIZE) {
    bytes = Math.floor((bytes * SIZE) / text.length) - 1024;
    text = make(bytes);
  }
  return text;
}

/** A playable scenario: one role, a chain of 999 beats of long text (under the beat limit). */
function largeValid(bytes: number): string {
  const beats = 999;
  const head = hostileScenario('beats-next-missing', 1).split('    beats:')[0] ?? '';
  const text = 'Some text. '.repeat(Math.max(1, Math.floor((bytes / beats - 90) / 11)));
  const beat = (i: number): string =>
    `      - { id: b-${i}, title: Beat ${i}, setting: office, text: ${text}, next: ${i + 1 < beats ? `b-${i + 1}` : 'end'} }`;
  return [
    `${head}    beats:`,
    ...Array.from({ length: beats }, (_, i) => beat(i)),
    '    endings:',
    '      - { id: end, title: End, debrief: It ended., reality: { text: It ended. }, questions: [Why?, How?] }',
    '',
  ].join('\n');
}

/** A mapping nested as deep as the bytes allow: refused before it is turned into objects. */
function deeplyNested(bytes: number): string {
  const depth = Math.floor((bytes - 20) / 2);
  return `id: deep\nroles: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

const hostile = (kind: HostileKind) => () => fitted((bytes) => hostileScenario(kind, bytes));
/** Each kind of input, and what the page shows once it is read. */
const inputs: { name: string; text: () => string; shows: RegExp }[] = [
  { name: 'long-ids', text: hostile('long-ids-missing-next'), shows: /goes on to 'b0b+…'/ },
  { name: 'many-beats', text: hostile('beats-next-missing'), shows: /at most 1,000/ },
  { name: 'unknown-keys', text: hostile('unknown-keys'), shows: /unknown key 'k0'/ },
  { name: 'deep', text: () => fitted(deeplyNested), shows: /nests more than 64 levels/ },
  { name: 'large-valid', text: () => fitted(largeValid), shows: /^Play Solo$/ },
];

/** Starts recording long tasks before the page's own scripts run. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries())
        tasks.push({ start: task.startTime, duration: task.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Opens the scenario picker afresh (a playable file leaves the page on its role picker). */
async function toPicker(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a scenario' })).toBeVisible();
  await waitForStageAtRest(page);
}

/** Loads `path` through the file chooser; the long tasks from then until the result shows. */
async function loadAndTime(page: Page, path: string, shows: RegExp): Promise<number[]> {
  const since = await page.evaluate(() => performance.now());
  await page.getByLabel('Scenario file').setInputFiles(path);
  // A light poll: Playwright's role queries walk the whole page, long tasks of their own.
  const until = await page.waitForFunction(
    (pattern) => {
      const texts = [...document.querySelectorAll('[role=alert] li, button')].map(
        (node) => node.textContent ?? '',
      );
      return texts.some((text) => new RegExp(pattern).test(text)) && performance.now();
    },
    shows.source,
    { polling: 250, timeout: 150_000 },
  );
  const end = (await until.jsonValue()) as number;
  return page.evaluate(
    ({ from, to }) =>
      (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
        .filter((task) => task.start >= from && task.start <= to)
        .map((task) => Math.round(task.duration)),
    { from: since, to: end },
  );
}

test('hostile files just under the size limit never hold the main thread over 200 ms', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await recordLongTasks(page);
  const longest: Record<string, number> = {};
  for (const input of inputs) {
    const path = testInfo.outputPath(`${input.name}.yaml`);
    const text = input.text();
    expect(text.length, input.name).toBeLessThanOrEqual(SIZE);
    writeFileSync(path, text);
    // A busy machine (other processes, the GPU process) can only lengthen a task, never shorten
    // it: a load over the bound is tried once more and the shorter of the two counts.
    for (
      let attempt = 1;
      attempt <= 2 && (longest[input.name] ?? Infinity) > LONGEST_TASK_MS;
      attempt++
    ) {
      if ((await page.locator('#scenario-file').count()) === 0) await toPicker(page);
      const tasks = await loadAndTime(page, path, input.shows);
      longest[input.name] = Math.min(longest[input.name] ?? Infinity, Math.max(0, ...tasks));
      console.log(
        `${input.name} (${(text.length / 1e6).toFixed(2)} MB), load ${attempt}: long tasks ${tasks.join(', ') || 'none'} ms`,
      );
    }
  }
  for (const [name, ms] of Object.entries(longest))
    expect(ms, `longest main-thread task while loading ${name}`).toBeLessThanOrEqual(
      LONGEST_TASK_MS,
    );
});
