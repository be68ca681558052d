/** Loads the Phaser stage after the first screen is usable, so Phaser never delays a control. */
export function loadStageWhenIdle(): void {
  const load = (): void => {
    import('../scenes/start-stage')
      .then(({ startStage }) => startStage(requireElement('stage')))
      .catch((error: unknown) => {
        // The game is fully playable without its backdrop; say so instead of failing loudly.
        console.warn('Spillage: the animated backdrop could not start.', error);
      });
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 500 });
  else setTimeout(load, 50);
}

/** Finds an element that index.html always has. */
export function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}
