import type { CDPSession, Page } from 'playwright-core';
import { firstControlMark, firstFrameMark, type BenchTarget } from './bench-target';
import { launchFreshChromium } from './launch-fresh-chromium';
import { longestTaskSince, recordLongTasks } from './long-tasks';
import { measureTreeCpu } from './process-tree';
import type { StaticServer } from './serve-static';
import { percentile } from './statistics';
import { waitInPage } from './wait-in-page';

/** Everything one fresh launch measured; null where the page gave nothing to measure. */
export interface RunFigures {
  jsFirstScreenKb: number | null;
  jsTotalKb: number;
  firstControlMs: number | null;
  firstFrameMs: number | null;
  /** The longest main-thread task from the first usable control until the stage has settled. */
  longestTaskAfterControlMs: number | null;
  /** Idle CPU once the screen is at rest: loop asleep and, for the game, its sound faded out. */
  idleCpuPercent: number;
  /** Idle CPU over the first window on the screen, while its ambient bed still plays. */
  idleCpuWhileSoundingPercent: number | null;
  heapMb: number;
  choiceToOutcomeP95Ms: number | null;
  heapGrowthOverPlaythroughsMb: number | null;
  /** Things that make the figures suspect: remote requests, page errors, missing marks, strays. */
  warnings: string[];
}

/** How long to wait for the page's marks before calling them missing. */
const markTimeoutMs = 30_000;

/** Where each mark landed, in ms after navigation start. */
interface MarkTimes {
  [name: string]: { sinceNavigationMs: number } | undefined;
}

/** Waits for the expected marks (up to the timeout) and reads where they landed. */
async function readMarks(page: Page, names: string[]): Promise<MarkTimes> {
  await waitInPage(
    page,
    (wanted) => wanted.every((name) => performance.getEntriesByName(name).length > 0),
    names,
    markTimeoutMs,
  ).catch(() => undefined);
  return page.evaluate((wanted) => {
    const times: Record<string, { sinceNavigationMs: number } | undefined> = {};
    for (const name of wanted) {
      const entry = performance.getEntriesByName(name)[0];
      times[name] = entry && { sinceNavigationMs: entry.startTime };
    }
    return times;
  }, names);
}

/**
 * Gzip body bytes of the scripts that had fully arrived by `sinceNavigationMs`, read from the
 * page's own resource timing so the cut and the mark share one clock.
 */
async function jsBytesBefore(page: Page, sinceNavigationMs: number): Promise<number> {
  return page.evaluate((cut) => {
    return performance
      .getEntriesByType('resource')
      .filter(
        (entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming,
      )
      .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname) && entry.responseEnd <= cut)
      .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
  }, sinceNavigationMs);
}

/** JS heap in MB (10^6 bytes) after V8 has been made to collect garbage. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Two full collections: the second frees what the first only finalised.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/** Launches a fresh Chromium, loads `target` from `server`, and measures it once. */
export async function measureRun(
  target: BenchTarget,
  server: StaticServer,
  chromiumPath: string,
  timing: { idleSeconds: number; settleSeconds: number },
  /** Also run the long play hooks (60 choices, 50 playthroughs): the bench does so in run 1 only. */
  withPlayHooks = true,
): Promise<RunFigures> {
  const browser = await launchFreshChromium(chromiumPath);
  const warnings: string[] = [];
  try {
    const { page } = browser;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !/^(data|blob):/.test(url))
        warnings.push(`remote request: ${url}`);
    });
    page.on('pageerror', (error) => warnings.push(`page error: ${error.message}`));
    server.clearLog();
    // Keep every resource entry (Chromium stops recording at 250 by default).
    await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
    await page.addInitScript(recordLongTasks);

    await page.goto(`${server.origin}/`, { waitUntil: 'load', timeout: 60_000 });
    const expected = [
      ...(target.hasFirstControl ? [firstControlMark] : []),
      ...(target.drawsFrames ? [firstFrameMark] : []),
    ];
    const marks = await readMarks(page, expected);
    for (const name of expected)
      if (!marks[name]) warnings.push(`no "${name}" mark within ${markTimeoutMs / 1000} s`);

    const control = marks[firstControlMark];
    const jsFirstScreenKb = control
      ? (await jsBytesBefore(page, control.sinceNavigationMs)) / 1000
      : null;

    let longestTaskAfterControlMs: number | null = null;
    if (control && target.waitForStageSettled) {
      await target.waitForStageSettled(page);
      longestTaskAfterControlMs = await longestTaskSince(page, control.sinceNavigationMs);
    }

    await target.prepareIdleScreen(page);
    const settle = (): Promise<void> =>
      new Promise((done) => setTimeout(done, timing.settleSeconds * 1000));
    await settle();
    let idleCpuWhileSoundingPercent: number | null = null;
    if (target.waitForSilence) {
      idleCpuWhileSoundingPercent = await measureTreeCpu(browser.rootPid, timing.idleSeconds);
      await target.waitForSilence(page);
      await settle();
    }
    const idleCpuPercent = await measureTreeCpu(browser.rootPid, timing.idleSeconds);

    const cdp = await page.context().newCDPSession(page);
    const heapMb = await heapAfterGc(cdp);

    let choiceToOutcomeP95Ms: number | null = null;
    if (withPlayHooks && target.measureChoiceToOutcome) {
      choiceToOutcomeP95Ms = percentile(await target.measureChoiceToOutcome(page), 95);
    }
    let heapGrowthOverPlaythroughsMb: number | null = null;
    if (withPlayHooks && target.measureHeapOverPlaythroughs) {
      const heap = await target.measureHeapOverPlaythroughs(page, () => heapAfterGc(cdp));
      heapGrowthOverPlaythroughsMb = heap.afterLast - heap.afterFirst;
    }

    // Total: the gzip bodies the server sent for every distinct script the whole session needed
    // (the heap hook reloads the page; a browser cache would not fetch those scripts twice).
    const scripts = new Map(
      server
        .log()
        .filter((response) => response.contentType.includes('javascript'))
        .map((response) => [response.path, response.bodyBytes]),
    );
    const jsTotalKb = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0) / 1000;
    return {
      jsFirstScreenKb,
      jsTotalKb,
      firstControlMs: marks[firstControlMark]?.sinceNavigationMs ?? null,
      firstFrameMs: marks[firstFrameMark]?.sinceNavigationMs ?? null,
      longestTaskAfterControlMs,
      idleCpuPercent,
      idleCpuWhileSoundingPercent,
      heapMb,
      choiceToOutcomeP95Ms,
      heapGrowthOverPlaythroughsMb,
      warnings,
    };
  } finally {
    // The returned figures share `warnings`, so a stray found here still reaches the report.
    const { straysKilled } = await browser.close();
    if (straysKilled > 0)
      warnings.push(`killed ${straysKilled} browser process(es) left after close`);
  }
}
