/**
 * Loads the Phaser stage after the first screen is usable, so Phaser never delays a control. Each
 * step is its own task in an idle moment: running Phaser's module, then booting a game, so that
 * no one task holds the main thread long enough to delay a click.
 */
export function loadStageWhenIdle(): void {
  whenIdle(() => {
    import('../scenes/start-stage')
      .then(({ startStage }) =>
        whenIdle(() => {
          try {
            startStage(requireElement('stage'));
          } catch (error) {
            stageFailed(error);
          }
        }),
      )
      .catch(stageFailed);
  });
}

/** The game is fully playable without its backdrop; say so instead of failing loudly. */
function stageFailed(error: unknown): void {
  console.warn('Spillage: the animated backdrop could not start.', error);
}

/** Runs `work` in the browser's next idle moment (at most half a second away). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 50);
}

/** Finds an element that index.html always has. */
export function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}
