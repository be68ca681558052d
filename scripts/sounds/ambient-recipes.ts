/**
 * The four ambient beds. Each is built from seeded noise (made periodic by `seamlessLoop`) plus
 * tones whose frequencies are whole multiples of 1/loop-length, so every layer repeats exactly
 * once per loop and the seam cannot be heard.
 */
import { seededRandom } from '../../src/seeded-random';
import type { BedId } from '../../src/audio/sound-catalogue';
import { BED_LOOP } from '../../src/audio/sound-catalogue';
import {
  bandPass,
  brownNoise,
  highPass,
  lowPass,
  mixInto,
  normalise,
  seamlessLoop,
  seconds,
  sine,
  whiteNoise,
} from './dsp';

const LOOP = seconds(BED_LOOP.loopMs / 1000);
/** Extra samples rendered first and thrown away, so filters have settled before the loop. */
const WARM_UP = seconds(0.5);
/** Samples past the loop, cross-faded into its start. */
const FADE = seconds(1.5);
/** Peak level of every bed; the mix level in the catalogue does the rest. */
const PEAK = 0.5;

/** Renders noise through `shape`, then trims the warm-up and folds the tail into a loop. */
function loopedNoise(
  random: () => number,
  colour: 'white' | 'brown',
  shape: (samples: Float32Array) => Float32Array,
): Float32Array {
  const length = WARM_UP + LOOP + FADE;
  const raw = colour === 'white' ? whiteNoise(length, random) : brownNoise(length, random);
  return seamlessLoop(shape(raw).subarray(WARM_UP), LOOP);
}

/** A slow swell, 1 ± depth, with a whole number of cycles per loop. */
function swell(i: number, cyclesPerLoop: number, depth: number, phase = 0): number {
  return 1 + depth * Math.sin((2 * Math.PI * cyclesPerLoop * i) / LOOP + phase);
}

/** Adds steady tones (Hz, level) to a loop, each periodic over the loop length. */
function addTones(target: Float32Array, tones: ReadonlyArray<readonly [number, number]>): void {
  for (const [hz, level] of tones) {
    const cycles = (hz * BED_LOOP.loopMs) / 1000;
    if (Math.abs(cycles - Math.round(cycles)) > 1e-9) {
      throw new Error(`${hz} Hz does not repeat over the loop`);
    }
    for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) + sine(hz, i) * level;
  }
}

/** A home office at night: faint mains hum and a PC fan with its blade whine. */
function ambientHome(random: () => number): Float32Array {
  const fan = loopedNoise(random, 'white', (s) => lowPass(lowPass(s, 900), 1400));
  const out = new Float32Array(LOOP);
  for (let i = 0; i < LOOP; i++) out[i] = (fan[i] ?? 0) * 1.6 * swell(i, 2, 0.06);
  addTones(out, [
    [50, 0.02],
    [100, 0.012],
    [236.4, 0.006],
    [472.8, 0.003],
  ]);
  return normalise(out, PEAK);
}

/** A server room: dense fan noise, beating fan tones, hum, and soft disk clicks. */
function ambientLab(random: () => number): Float32Array {
  const air = loopedNoise(random, 'white', (s) => lowPass(lowPass(s, 2600), 3200));
  const out = new Float32Array(LOOP);
  for (let i = 0; i < LOOP; i++) out[i] = (air[i] ?? 0) * 1.3 * swell(i, 4, 0.04);
  addTones(out, [
    [60, 0.02],
    [120, 0.014],
    [181.2, 0.007],
    [182.7, 0.007],
    [243.1, 0.004],
  ]);
  const clicks = Math.floor(14 + random() * 6);
  for (let n = 0; n < clicks; n++) {
    const click = bandPass(whiteNoise(seconds(0.006), random), 2200 + random() * 1800, 4);
    for (let i = 0; i < click.length; i++) click[i] = (click[i] ?? 0) * Math.exp(-i / 60);
    mixInto(out, click, Math.floor(random() * LOOP), 0.25 + random() * 0.2, true);
  }
  return normalise(out, PEAK);
}

/** A corner office: muffled air-conditioning through a ceiling vent, a distant low rumble. */
function ambientOffice(random: () => number): Float32Array {
  const vent = loopedNoise(random, 'white', (s) => lowPass(lowPass(s, 380), 520));
  const rumble = loopedNoise(random, 'brown', (s) => lowPass(s, 90));
  const out = new Float32Array(LOOP);
  for (let i = 0; i < LOOP; i++) {
    out[i] = (vent[i] ?? 0) * 2.2 * swell(i, 1, 0.12) + (rumble[i] ?? 0) * 0.4;
  }
  addTones(out, [[60, 0.006]]);
  return normalise(out, PEAK);
}

/** A field office in bad weather: a low, uneasy drone under rain on a window. */
function ambientField(random: () => number): Float32Array {
  const rain = loopedNoise(random, 'white', (s) => lowPass(highPass(s, 1200), 5000));
  const out = new Float32Array(LOOP);
  for (let i = 0; i < LOOP; i++) out[i] = (rain[i] ?? 0) * 0.45 * swell(i, 3, 0.15, 1);
  const drops = 260;
  for (let n = 0; n < drops; n++) {
    const drop = bandPass(whiteNoise(seconds(0.012), random), 2500 + random() * 3500, 3);
    for (let i = 0; i < drop.length; i++) drop[i] = (drop[i] ?? 0) * Math.exp(-i / 90);
    mixInto(out, drop, Math.floor(random() * LOOP), 0.05 + random() * 0.12, true);
  }
  for (let i = 0; i < LOOP; i++) {
    const drone =
      sine(55, i) * 0.12 +
      sine(55.3, i) * 0.08 +
      sine(82.5, i) * 0.05 * swell(i, 1, 0.6) +
      sine(110, i) * 0.02 * swell(i, 2, 0.8, 2);
    out[i] = (out[i] ?? 0) + drone;
  }
  return normalise(out, PEAK);
}

const RECIPES: Record<BedId, (random: () => number) => Float32Array> = {
  'ambient-home': ambientHome,
  'ambient-lab': ambientLab,
  'ambient-office': ambientOffice,
  'ambient-field': ambientField,
};

/** Synthesises one bed's loop (exactly the loop length) from a fixed seed. */
export function synthBed(id: BedId, seed: number): Float32Array {
  return RECIPES[id](seededRandom(seed));
}
