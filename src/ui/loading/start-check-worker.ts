/** Starts the scenario-check worker, a module file of its own served beside the page. */
export function startCheckWorker(): Worker | null {
  return new Worker(new URL('./scenario-check-worker.ts', import.meta.url), {
    type: 'module',
    name: 'scenario-check',
  });
}
