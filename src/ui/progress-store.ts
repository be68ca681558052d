import { SCREENS, type Screen } from '../flow/flow-types';
import { readStored, removeStored, writeStored } from './safe-storage';

const progressKey = 'spillage.progress';

/** What is kept between visits: the engine's save, and the screen-flow screen the player was on. */
export interface StoredProgress {
  scenarioId: string;
  /** The engine's versioned save (see src/engine/save.ts). */
  save: string;
  screen?: Screen;
  /** Kept instead of `screen` before the screen flow (read by screenFromFlags, never written). */
  briefedRole?: string | null;
  outcomePending?: boolean;
  /** For a scenario loaded from a file: its document as JSON, checked again on resume. */
  customScenario?: string;
}

/** Keeps progress; false when it could only be kept for this visit. */
export function keepProgress(progress: StoredProgress): boolean {
  return writeStored(progressKey, JSON.stringify(progress));
}

/** The kept progress; `damaged` when something is stored but cannot be read. */
export function readProgress(): StoredProgress | 'damaged' | null {
  const text = readStored(progressKey);
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as Partial<StoredProgress> | null;
    const valid =
      data !== null &&
      typeof data === 'object' &&
      typeof data.scenarioId === 'string' &&
      typeof data.save === 'string' &&
      (data.screen === undefined || SCREENS.some((screen) => screen === data.screen)) &&
      (data.briefedRole === undefined ||
        data.briefedRole === null ||
        typeof data.briefedRole === 'string') &&
      (data.outcomePending === undefined || typeof data.outcomePending === 'boolean') &&
      (data.customScenario === undefined || typeof data.customScenario === 'string');
    return valid ? (data as StoredProgress) : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** Forgets the kept progress. */
export function forgetProgress(): void {
  removeStored(progressKey);
}
