/**
 * The short sounds: two interface sounds, the alert stinger and the teleprinter chatter. Each
 * starts and ends at silence (short attacks and exponential tails), so none of them clicks.
 */
import { seededRandom } from '../../src/seeded-random';
import type { OneShotId } from '../../src/audio/sound-catalogue';
import { bandPass, mixInto, normalise, seconds, sine, whiteNoise } from './dsp';

/** A soft attack then an exponential decay, sample `i` of a note. */
function envelope(i: number, attack: number, decay: number): number {
  return i < attack ? i / attack : Math.exp(-(i - attack) / decay);
}

/** A short round tone (a sine with a quiet octave), `duration` seconds long. */
function bell(hz: number, duration: number, decaySeconds: number): Float32Array {
  const out = new Float32Array(seconds(duration));
  const [attack, decay] = [seconds(0.004), seconds(decaySeconds)];
  for (let i = 0; i < out.length; i++) {
    out[i] = (sine(hz, i) + sine(hz * 2, i) * 0.25) * envelope(i, attack, decay);
  }
  return fadeTail(out);
}

/** Forces the last 10 ms to silence, so a note never ends on a step. */
function fadeTail(samples: Float32Array): Float32Array {
  const fade = Math.min(seconds(0.01), samples.length);
  for (let i = 0; i < fade; i++) {
    const at = samples.length - fade + i;
    samples[at] = (samples[at] ?? 0) * (1 - (i + 1) / fade);
  }
  return samples;
}

/** Focus moved to a choice: a quiet, short tick. */
function select(): Float32Array {
  return normalise(bell(1320, 0.07, 0.014), 0.6);
}

/** A choice confirmed: two rising notes. */
function confirm(): Float32Array {
  const out = new Float32Array(seconds(0.26));
  mixInto(out, bell(660, 0.12, 0.035), 0, 1);
  mixInto(out, bell(990, 0.2, 0.05), seconds(0.07), 0.9);
  return normalise(fadeTail(out), 0.7);
}

/** News arrives: a two-tone warning with a low hit under it and a short echo. */
function alert(random: () => number): Float32Array {
  const out = new Float32Array(seconds(0.95));
  const hit = new Float32Array(seconds(0.4));
  for (let i = 0; i < hit.length; i++) {
    hit[i] = sine(70 - (i / hit.length) * 25, i) * envelope(i, seconds(0.003), seconds(0.09));
  }
  mixInto(out, hit, 0, 0.9);
  const noise = bandPass(whiteNoise(seconds(0.05), random), 1800, 1.5);
  for (let i = 0; i < noise.length; i++) noise[i] = (noise[i] ?? 0) * Math.exp(-i / 300);
  mixInto(out, noise, 0, 0.4);
  const tone = (hz: number, length: number): Float32Array => {
    const note = new Float32Array(seconds(length));
    for (let i = 0; i < note.length; i++) {
      const body = sine(hz, i) + sine(hz * 2, i) * 0.3 + sine(hz * 3, i) * 0.15;
      note[i] = body * envelope(i, seconds(0.01), seconds(0.09)) * (1 + 0.2 * sine(14, i));
    }
    return fadeTail(note);
  };
  mixInto(out, tone(740, 0.22), seconds(0.0), 0.45);
  mixInto(out, tone(554, 0.3), seconds(0.2), 0.45);
  const dry = out.slice();
  for (const [delay, gain] of [
    [0.16, 0.3],
    [0.32, 0.12],
  ] as const) {
    mixInto(out, dry, seconds(delay), gain);
  }
  return normalise(fadeTail(out), 0.8);
}

/** Text arrives: a quick burst of print-head strikes. */
function teleprinter(random: () => number): Float32Array {
  const out = new Float32Array(seconds(0.3));
  const strikes = 6;
  for (let n = 0; n < strikes; n++) {
    const strike = bandPass(whiteNoise(seconds(0.02), random), 2800 + random() * 900, 5);
    const body = bandPass(whiteNoise(seconds(0.02), random), 700, 8);
    for (let i = 0; i < strike.length; i++) {
      const decay = Math.exp(-i / 110);
      strike[i] = ((strike[i] ?? 0) + (body[i] ?? 0) * 0.6) * decay;
    }
    const at = seconds(0.035 * n + random() * 0.008);
    mixInto(out, strike, at, 0.7 + random() * 0.3);
  }
  return normalise(fadeTail(out), 0.9);
}

const RECIPES: Record<OneShotId, (random: () => number) => Float32Array> = {
  select,
  confirm,
  alert,
  teleprinter,
};

/** Synthesises one short sound from a fixed seed. */
export function synthOneShot(id: OneShotId, seed: number): Float32Array {
  return RECIPES[id](seededRandom(seed));
}
