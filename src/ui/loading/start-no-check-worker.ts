/**
 * The single-file build's stand-in for start-check-worker.ts (vite.config.ts swaps it in): one
 * HTML file carries no worker file beside it, so the check runs on the main thread, in slices.
 */
export function startCheckWorker(): Worker | null {
  return null;
}
