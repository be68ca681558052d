/**
 * Where progress is kept between visits: the text in storage, and nothing more. Reading it back
 * (with the schema, and the save replayed on its scenario) is kept-progress.ts's work, in the
 * game's chunk, so the title loads no schema library. A kept text that cannot be resumed is
 * set aside, byte for byte, until the player downloads or forgets it: nothing is lost silently.
 */
import type { StoredProgress } from './kept-progress';
import { readStored, removeStored, writeStored } from './safe-storage';

export type { StoredProgress };

const progressKey = 'spillage.progress';
const setAsideKey = 'spillage.progress.unreadable';

/** Keeps progress; false when it could only be kept for this visit. */
export function keepProgress(progress: StoredProgress): boolean {
  return writeStored(progressKey, JSON.stringify(progress));
}

/** The kept progress exactly as stored, or null. */
export function readProgressText(): string | null {
  return readStored(progressKey);
}

/** True when there is anything to resume, or a set-aside save to tell the player about. */
export function hasKeptProgress(): boolean {
  return readStored(progressKey) !== null || readStored(setAsideKey) !== null;
}

/** Moves kept progress that cannot be resumed aside, unchanged, so new progress cannot overwrite it. */
export function setProgressAside(text: string): void {
  writeStored(setAsideKey, text);
  if (readStored(progressKey) === text) removeStored(progressKey);
}

/** The progress set aside as unreadable, exactly as it was kept, or null. */
export function readSetAsideProgress(): string | null {
  return readStored(setAsideKey);
}

/** Forgets the progress set aside. */
export function forgetSetAsideProgress(): void {
  removeStored(setAsideKey);
}

/** Forgets the kept progress, and any set aside. */
export function forgetProgress(): void {
  removeStored(progressKey);
  removeStored(setAsideKey);
}
