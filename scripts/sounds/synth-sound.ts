/** Synthesises any catalogue sound as the samples its files hold (beds with their loop pads). */
import type { SoundId } from '../../src/audio/sound-catalogue';
import { BED_LOOP, isBedId } from '../../src/audio/sound-catalogue';
import { synthBed } from './ambient-recipes';
import { seconds } from './dsp';
import { synthOneShot } from './one-shot-recipes';

/** One fixed seed per sound, so regenerating writes the same samples every time. */
const SEEDS: Record<SoundId, number> = {
  'ambient-home': 1401,
  'ambient-lab': 1402,
  'ambient-office': 1403,
  'ambient-field': 1404,
  select: 2101,
  confirm: 2102,
  alert: 2103,
  teleprinter: 2104,
};

/** The samples of a sound as written to its file. */
export function synthSound(id: SoundId): Float32Array {
  return isBedId(id) ? padLoop(synthBed(id, SEEDS[id])) : synthOneShot(id, SEEDS[id]);
}

/**
 * Surrounds a loop with its own end before and its own start after, so the region the bank
 * loops ([pad, pad + loop]) is continuous even if a decoder shifts the audio by a few samples.
 */
export function padLoop(loop: Float32Array): Float32Array {
  const pad = seconds(BED_LOOP.padMs / 1000);
  const out = new Float32Array(loop.length + pad * 2);
  out.set(loop.subarray(loop.length - pad), 0);
  out.set(loop, pad);
  out.set(loop.subarray(0, pad), pad + loop.length);
  return out;
}
