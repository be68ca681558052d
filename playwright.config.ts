import { defineConfig } from '@playwright/test';
import { chromiumFlags } from './scripts/find-chromium.mjs';

// scripts/run-browser-tests.mjs finds the Chromium and builds the game before this runs.
const chromiumPath = process.env.CHROMIUM_PATH;
// SPILLAGE_TEST_PORT lets several checkouts run their browser tests side by side.
const testPort = Number(process.env.SPILLAGE_TEST_PORT ?? 4174);
export const testServerOrigin = `http://127.0.0.1:${testPort}`;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  // Three on the 2-core machines this runs on: the tests mostly wait on the page (a keyboard
  // player's Tab presses are round trips), and with two the cores sat idle about 60 % of the time.
  // Three took the browser tests from 10.4 to 9.0 minutes, keeping CI under its 15.
  workers: 3,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: testServerOrigin,
    browserName: 'chromium',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [...chromiumFlags],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production build and the room server, as `npm start` serves them (on another port, so
    // both can run).
    command: `npx tsx server/start.ts --port ${testPort}`,
    url: testServerOrigin,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
