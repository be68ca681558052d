import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { processTree, readAllProcStats, readProcStat, type ProcStat } from './process-tree';
import { chromiumFlags } from '../../scripts/find-chromium.mjs';

/** The flags every bench launch uses (issue 2; the developers' guide). */
export const benchChromiumFlags = [...chromiumFlags];

/** A just-started Chromium with an empty profile, its one page, and the pid its process tree hangs from. */
export interface FreshChromium {
  context: BrowserContext;
  page: Page;
  rootPid: number;
  /** Closes the browser, kills any of its processes still alive, and deletes the profile. */
  close(): Promise<{ straysKilled: number }>;
}

/** Profiles of browsers still open, removed even if the bench is interrupted (Playwright kills the browsers). */
const openProfiles = new Set<string>();
process.once('exit', () => {
  for (const profile of openProfiles) rmSync(profile, { recursive: true, force: true });
});

/** Direct children of this Node process. */
function ownChildren(): ProcStat[] {
  return readAllProcStats().filter((stat) => stat.ppid === process.pid);
}

/**
 * Launches a fresh Chromium on a new, empty `--user-data-dir` (made with mkdtemp, deleted on
 * close). Playwright refuses `--user-data-dir` in `launch()`'s args, so the profile is given
 * through `launchPersistentContext`, which still starts a new browser process each time.
 */
export async function launchFreshChromium(executablePath: string): Promise<FreshChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'spillage-bench-profile-'));
  openProfiles.add(profile);
  const before = new Set(ownChildren().map((stat) => stat.pid));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: benchChromiumFlags,
      // The game's offline worker would precache ~2 MB during the measured seconds; a first
      // visit is what the figures describe, so workers are kept out of the measurement.
      serviceWorkers: 'block',
      viewport: { width: 1366, height: 768 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const launched = ownChildren().filter((stat) => !before.has(stat.pid));
  if (launched.length !== 1) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw new Error(`expected one new browser process, found ${launched.length}`);
  }
  const rootPid = launched[0]!.pid;
  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    rootPid,
    async close() {
      // Remember the whole tree first: once the root exits, its orphans lose the ppid link.
      const tree = processTree(rootPid);
      await context.close().catch(() => undefined);
      let straysKilled = 0;
      for (const stat of tree) {
        const now = readProcStat(stat.pid);
        if (
          now &&
          now.state !== 'Z' &&
          now.startTicks === stat.startTicks &&
          now.comm === stat.comm
        ) {
          try {
            process.kill(stat.pid, 'SIGKILL');
            straysKilled += 1;
          } catch {
            // It exited between the check and the kill: nothing left to do.
          }
        }
      }
      await rm(profile, { recursive: true, force: true });
      openProfiles.delete(profile);
      return { straysKilled };
    },
  };
}
