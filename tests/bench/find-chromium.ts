import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The Chromium the bench drives: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `No Chromium at ${path}. Install one (Debian: apt-get install chromium) ` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }
  return path;
}

/** The browser's own version line, e.g. "Chromium 156.0.8078.108 built on Debian ...". */
export async function chromiumVersion(path: string): Promise<string> {
  // Debian's wrapper script prints a harmless shell warning on stderr; only stdout matters.
  const { stdout } = await run(path, ['--version'], { timeout: 15_000 });
  return stdout.trim();
}
