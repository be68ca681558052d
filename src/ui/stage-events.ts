/** What the DOM layer tells the Phaser stage: which screen is showing. The stage only listens. */
export type StageScreen = 'title' | 'placeholder';

type ScreenListener = (screen: StageScreen) => void;

const listeners = new Set<ScreenListener>();
let currentScreen: StageScreen = 'title';

/** Tells the stage (if it is loaded) that another screen is showing. */
export function announceScreen(screen: StageScreen): void {
  currentScreen = screen;
  for (const listener of listeners) listener(screen);
}

/** Subscribes to screen changes; the listener is called at once with the current screen. */
export function onScreenChange(listener: ScreenListener): () => void {
  listeners.add(listener);
  listener(currentScreen);
  return () => listeners.delete(listener);
}
