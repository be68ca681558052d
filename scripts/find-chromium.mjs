// Finds a Chromium for the browser tests and the benchmark, in the order the README gives.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const candidates = [
  '/usr/bin/chromium',
  'chromium-browser',
  'chromium',
  'google-chrome',
  'google-chrome-stable',
];

/** Returns the path of a usable Chromium, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of candidates) {
    if (candidate.startsWith('/')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    try {
      const found = execFileSync('sh', ['-c', `command -v ${candidate}`], {
        encoding: 'utf8',
      }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next one
    }
  }
  return playwrightsOwnChromium();
}

function playwrightsOwnChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The message shown when no Chromium exists. */
export const installHint = [
  'No Chromium found for the browser tests.',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  elsewhere:      npx playwright install chromium',
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
].join('\n');

/** The flags that work headless on this project's machines (see the developers' guide). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(installHint);
    process.exit(1);
  }
  console.log(found);
}
