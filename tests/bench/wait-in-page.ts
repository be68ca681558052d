import type { Page } from 'playwright-core';

/** How often to ask the page. */
const pollMs = 20;

/**
 * Resolves once `predicate` is true in the page, asking every 20 ms with a plain evaluate; rejects
 * after `timeoutMs`. Playwright's own waitForFunction first installs its injected script in the
 * page, a 50-120 ms task on the bench machine: timed while the stage boots, the long-task figure
 * measured the bench instead of the game.
 */
export async function waitInPage<Arg>(
  page: Page,
  predicate: (arg: Arg) => boolean,
  arg: Arg,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  // Playwright's types cannot follow a generic argument through its serialisation.
  const holds = (): Promise<boolean> => page.evaluate(predicate as (arg: unknown) => boolean, arg);
  while (!(await holds())) {
    if (performance.now() > deadline) throw new Error(`not true within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
