import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findChromium as searchForChromium, installHint } from '../../scripts/find-chromium.mjs';

const run = promisify(execFile);

/** The Chromium the bench drives, found as `npm test` finds it; says how to get one if none. */
export function findChromium(): string {
  const path = searchForChromium();
  if (!path) throw new Error(installHint);
  return path;
}

/** The browser's own version line, e.g. "Chromium 156.0.8078.108 built on Debian ...". */
export async function chromiumVersion(path: string): Promise<string> {
  // Debian's wrapper script prints a harmless shell warning on stderr; only stdout matters.
  const { stdout } = await run(path, ['--version'], { timeout: 15_000 });
  return stdout.trim();
}
