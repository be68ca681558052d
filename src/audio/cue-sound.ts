/** Which one-off sound marks each stage cue, and a gate that keeps rapid cues from piling up. */
import type { StageCue } from '../stage/stage-events';
import type { OneShotId } from './sound-catalogue';

/** Cue → sound; cues left out (meters moving) are shown, not heard. */
export const CUE_SOUNDS: Readonly<Partial<Record<StageCue, OneShotId>>> = {
  'choice-focused': 'select',
  'choice-confirmed': 'confirm',
  'text-arrived': 'teleprinter',
  'inject-arrived': 'alert',
};

/** The sound for a cue, or null for a silent cue. */
export function cueSound(cue: StageCue): OneShotId | null {
  return CUE_SOUNDS[cue] ?? null;
}

/** Shortest time between two plays of the same sound (arrowing through choices stays calm). */
export const ONE_SHOT_MIN_GAP_MS = 60;

/** Returns a function that says whether a sound may play at `now` (and records it if so). */
export function createOneShotGate(
  minGapMs = ONE_SHOT_MIN_GAP_MS,
): (id: OneShotId, now: number) => boolean {
  const lastPlayed = new Map<OneShotId, number>();
  return (id, now) => {
    const last = lastPlayed.get(id);
    if (last !== undefined && now - last < minGapMs) return false;
    lastPlayed.set(id, now);
    return true;
  };
}
