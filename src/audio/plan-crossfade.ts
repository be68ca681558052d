/**
 * The cross-fade decision, apart from Howler: given the beds now sounding and the bed wanted,
 * which fades to run. Fades are shortened in proportion to the distance left, so a bed called
 * back halfway through fading out returns from where it is, at the same speed.
 */
import type { BedId } from './sound-catalogue';

/** One fade for the player to run. */
export interface BedFade {
  bed: BedId;
  from: number;
  to: number;
  ms: number;
  /** Stop the bed once it reaches silence (it is no longer wanted). */
  stopAfter: boolean;
}

/** Length of a full cross-fade between two settings. */
export const CROSSFADE_MS = 1800;

/**
 * Plans the fades from `playing` (each sounding bed and its current volume) to `next`, whose
 * full volume `levelOf` gives.
 */
export function planCrossfade(
  playing: ReadonlyMap<BedId, number>,
  next: BedId | null,
  levelOf: (bed: BedId) => number,
  fullFadeMs = CROSSFADE_MS,
): BedFade[] {
  const fades: BedFade[] = [];
  for (const [bed, volume] of playing) {
    if (bed === next) continue;
    const share = levelOf(bed) > 0 ? Math.min(1, volume / levelOf(bed)) : 0;
    fades.push({ bed, from: volume, to: 0, ms: Math.round(fullFadeMs * share), stopAfter: true });
  }
  if (next !== null) {
    const target = levelOf(next);
    const from = playing.get(next) ?? 0;
    if (from !== target) {
      const share = target > 0 ? Math.min(1, Math.abs(target - from) / target) : 0;
      fades.push({
        bed: next,
        from,
        to: target,
        ms: Math.round(fullFadeMs * share),
        stopAfter: false,
      });
    }
  }
  return fades;
}
