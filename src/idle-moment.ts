/**
 * Resolves in the browser's next idle moment, or after `withinMs` if none comes sooner. Work that
 * can wait (the stage, built a step at a time; the offline worker) waits for one, so that it never
 * holds up a click. A browser without idle callbacks waits `otherwiseMs` instead.
 */
export function idleMoment({ withinMs = 500, otherwiseMs = 50 } = {}): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window)
      window.requestIdleCallback(() => resolve(), { timeout: withinMs });
    else setTimeout(resolve, otherwiseMs);
  });
}
