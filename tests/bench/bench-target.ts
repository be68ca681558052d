import type { Page } from 'playwright-core';

/** Marks the game sets on its own timeline (the contract between the game and the bench). */
export const firstControlMark = 'spillage:first-control';
export const firstFrameMark = 'spillage:first-frame';

/** Reads the page's JS heap in MB after a forced garbage collection. */
export type HeapReader = () => Promise<number>;

/** The bench's targets: the game, a blank Phaser game, and a static page with one button. */
export type BenchTargetName = 'game' | 'reference' | 'static';

/** One thing the bench serves and measures side by side with the others. */
export interface BenchTarget {
  name: BenchTargetName;
  /** The folder the build writes and the static server serves. */
  distDir: string;
  /** Whether the page sets `spillage:first-control` (the reference has no controls). */
  hasFirstControl: boolean;
  /** Whether the page sets `spillage:first-frame` (the static page draws no frames). */
  drawsFrames: boolean;
  /**
   * Waits until the stage that boots after the first control has settled (the game: its loop
   * asleep on the title), so that the longest task after the first control can be read. Unset
   * for a page without controls.
   */
  waitForStageSettled?: (page: Page) => Promise<void>;
  /** What the page shows while its idle CPU is measured, for the table's footnote. */
  idleScreen: string;
  /** Brings the page to the screen whose idle CPU is measured, once its first frame is drawn. */
  prepareIdleScreen(page: Page): Promise<void>;
  /**
   * Waits until the page makes no sound and its audio device sleeps (the game's ambient bed plays
   * for its first seconds on a screen). Unset for a page that never makes sound.
   */
  waitForSilence?: (page: Page) => Promise<void>;
  /**
   * Hook for issue 7 item 3: make at least 50 choices in this page and return, for each, the
   * milliseconds from the choice to its outcome being visible. Unset until the game has choices.
   */
  measureChoiceToOutcome?: (page: Page) => Promise<number[]>;
  /**
   * Hook for issue 7 item 5: play 50 whole playthroughs in this page without reloading and return
   * the heap (via `readHeap`) after the first and after the last. Unset until the game has endings.
   */
  measureHeapOverPlaythroughs?: (
    page: Page,
    readHeap: HeapReader,
  ) => Promise<{ afterFirst: number; afterLast: number }>;
}
