import CheckWorker from './scenario-check-worker?worker&inline';

/**
 * The single-file build's scenario-check worker (vite.config.ts swaps it in for
 * start-check-worker.ts): one HTML file has no worker file beside it, so the worker's code travels
 * inside the page and starts from a blob: URL, which the single file's policy allows for workers
 * only. Off the main thread, a large file checks without freezing the page here too.
 */
export function startCheckWorker(): Worker | null {
  // Where a browser refuses it, run-scenario-check.ts falls back to the main thread, in slices.
  return new CheckWorker({ name: 'scenario-check' });
}
