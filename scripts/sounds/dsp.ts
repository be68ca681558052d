/**
 * The few signal-processing pieces the sound recipes need, in plain TypeScript: seeded noise,
 * one-pole and biquad filters, oscillators, and the cross-fade that makes a buffer loop cleanly.
 */

/** Sample rate of every synthesised sound (Opus's native rate, so its encoder never resamples). */
export const SAMPLE_RATE = 48_000;

/** White noise in [-1, 1]. */
export function whiteNoise(length: number, random: () => number): Float32Array {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = random() * 2 - 1;
  return out;
}

/** Brown (red) noise: integrated white noise with a leak so it never drifts away. */
export function brownNoise(length: number, random: () => number): Float32Array {
  const out = new Float32Array(length);
  let level = 0;
  for (let i = 0; i < length; i++) {
    level = level * 0.995 + (random() * 2 - 1) * 0.1;
    out[i] = level;
  }
  return out;
}

/** A one-pole low-pass filter, in place; gentle enough for air, rumble and muffling. */
export function lowPass(samples: Float32Array, cutoffHz: number): Float32Array {
  const a = Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  let previous = 0;
  for (let i = 0; i < samples.length; i++) {
    previous = (1 - a) * (samples[i] ?? 0) + a * previous;
    samples[i] = previous;
  }
  return samples;
}

/** A one-pole high-pass filter, in place (the input minus its low-passed self). */
export function highPass(samples: Float32Array, cutoffHz: number): Float32Array {
  const low = lowPass(Float32Array.from(samples), cutoffHz);
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) - (low[i] ?? 0);
  return samples;
}

/** A resonant band-pass biquad (RBJ cookbook, constant peak gain), in place. */
export function bandPass(samples: Float32Array, centreHz: number, q: number): Float32Array {
  const w = (2 * Math.PI * centreHz) / SAMPLE_RATE;
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  const [b0, b2, a1, a2] = [alpha / a0, -alpha / a0, (-2 * Math.cos(w)) / a0, (1 - alpha) / a0];
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i] ?? 0;
    const y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
    [x2, x1, y2, y1] = [x1, x, y1, y];
    samples[i] = y;
  }
  return samples;
}

/** A sine at `hz` starting at `phase` (radians), sample `i` of a buffer. */
export function sine(hz: number, i: number, phase = 0): number {
  return Math.sin((2 * Math.PI * hz * i) / SAMPLE_RATE + phase);
}

/** Adds `source` into `target` at `offset`, scaled; wraps around when `wrap` is set (loops). */
export function mixInto(
  target: Float32Array,
  source: Float32Array,
  offset: number,
  gain: number,
  wrap = false,
): void {
  for (let i = 0; i < source.length; i++) {
    let at = offset + i;
    if (wrap) at %= target.length;
    else if (at >= target.length) break;
    target[at] = (target[at] ?? 0) + (source[i] ?? 0) * gain;
  }
}

/**
 * Makes a seamless loop of `loopLength` samples from a longer buffer: the part past the loop is
 * cross-faded (equal power, suited to noise) into its start, so the last sample leads into the
 * first as if the sound went on.
 */
export function seamlessLoop(samples: Float32Array, loopLength: number): Float32Array {
  const fade = samples.length - loopLength;
  if (fade <= 0 || fade > loopLength) throw new Error('seamlessLoop needs a tail to fade in');
  const out = samples.slice(0, loopLength);
  for (let i = 0; i < fade; i++) {
    const t = (i + 0.5) / fade;
    const head = out[i] ?? 0;
    const tail = samples[loopLength + i] ?? 0;
    out[i] = head * Math.sin((t * Math.PI) / 2) + tail * Math.cos((t * Math.PI) / 2);
  }
  return out;
}

/** Scales a buffer so its loudest sample reaches `peak`. */
export function normalise(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const value of samples) max = Math.max(max, Math.abs(value));
  if (max === 0) return samples;
  for (let i = 0; i < samples.length; i++) samples[i] = ((samples[i] ?? 0) / max) * peak;
  return samples;
}

/** Seconds to samples. */
export function seconds(duration: number): number {
  return Math.round(duration * SAMPLE_RATE);
}
