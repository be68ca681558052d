import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { testServerOrigin } from '../../playwright.config';

/** What went wrong on a page that no test should tolerate. */
export interface PageTrouble {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/** Starts recording what goes wrong on a page; `expectNoTrouble` then checks the record. */
export async function watchPage(page: Page): Promise<PageTrouble> {
  const trouble: PageTrouble = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => trouble.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // file: is the single-file build opened from disk (tests/browser/offline.spec.ts).
    const local =
      url.origin === testServerOrigin || ['data:', 'blob:', 'file:'].includes(url.protocol);
    if (!local) trouble.foreignRequests.push(request.url());
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    trouble.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return trouble;
}

/** Fails the test if anything went wrong on a watched page. */
export function expectNoTrouble(trouble: PageTrouble, what = 'the page'): void {
  expect(trouble.pageErrors, `uncaught page errors on ${what}`).toEqual([]);
  expect(trouble.consoleErrors, `console errors on ${what}`).toEqual([]);
  expect(trouble.foreignRequests, `requests to other origins from ${what}`).toEqual([]);
  expect(trouble.cspViolations, `Content-Security-Policy violations on ${what}`).toEqual([]);
}

/**
 * `test` with a guarded page: every test fails on a console error, an uncaught page error, a
 * request to any origin but the local server, or a Content-Security-Policy violation.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const trouble = await watchPage(page);
    await use(page);
    expectNoTrouble(trouble);
  },
});

export { expect };

/** The three screen sizes every screen is checked at. */
export const viewports = {
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** A window the game opened beside the test's page, and what goes wrong on it. */
export interface OpenedWindow {
  window: Page;
  trouble: PageTrouble;
}

/**
 * Clicks `button` and returns the window it opens (the presenter beside the projector, or the
 * other way round), watched like the test's own page, once it has loaded and draws frames.
 *
 * The window opens at the context's viewport, so a spec that wants it at another size says so
 * with `test.use({ viewport })` rather than resizing it: once in CI, a presenter window resized
 * while it loaded (Phaser starting in it and in the projector, in one renderer) stopped drawing
 * frames, and the next click waited 4 minutes for one. Playwright checks that an element is
 * still before clicking it, frame by frame. Seen here once in about 100 runs. A window that draws
 * no frame is now brought to the front once, as a person would click on it, and fails at once
 * with that said if it still draws none.
 */
export async function openWindowBy(button: Locator): Promise<OpenedWindow> {
  const opened = button.page().context().waitForEvent('page');
  await button.click();
  const window = await opened;
  const trouble = await watchPage(window);
  await window.waitForLoadState('load');
  if (!(await drawsFrameWithin(window, 10_000))) {
    console.log(`${window.url()} drew no frame in 10 s; bringing it to the front`);
    await window.bringToFront();
    expect(await drawsFrameWithin(window, 10_000), `${window.url()} draws frames`).toBe(true);
  }
  return { window, trouble };
}

async function drawsFrameWithin(page: Page, milliseconds: number): Promise<boolean> {
  return page.evaluate(
    (limit) =>
      new Promise<boolean>((resolve) => {
        requestAnimationFrame(() => resolve(true));
        setTimeout(() => resolve(false), limit);
      }),
    milliseconds,
  );
}

/** Saves a screenshot where people look for them: tests/browser/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `tests/browser/screenshots/${name}.png`, fullPage: true });
}

/** The one wait for a settled stage, shared with the bench. */
export { waitForStageAtRest } from '../bench/drive-game';
