/**
 * Resolves in the browser's next idle moment (at most half a second away). The stage is built
 * one such moment at a time, so that none of its steps holds up a click.
 */
export function idleMoment(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window)
      window.requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });
}
