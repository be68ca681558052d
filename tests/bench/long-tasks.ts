import type { Page } from 'playwright-core';

/** Runs in the page before its scripts: keeps every long task (over 50 ms) the page has. */
export function recordLongTasks(): void {
  const tasks: { startTime: number; duration: number }[] = [];
  (window as unknown as { __benchLongTasks: typeof tasks }).__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) tasks.push({ startTime, duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The longest task (0 when none was over 50 ms) that started at or after `sinceNavigationMs`. */
export async function longestTaskSince(page: Page, sinceNavigationMs: number): Promise<number> {
  return page.evaluate((cut) => {
    const tasks = (
      window as unknown as { __benchLongTasks: { startTime: number; duration: number }[] }
    ).__benchLongTasks;
    return Math.max(
      0,
      ...tasks.filter((task) => task.startTime >= cut).map((task) => task.duration),
    );
  }, sinceNavigationMs);
}
