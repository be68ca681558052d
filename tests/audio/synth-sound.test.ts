import { seededRandom } from '../../src/seeded-random';
import { describe, expect, it } from 'vitest';
import { synthBed } from '../../scripts/sounds/ambient-recipes';
import { SAMPLE_RATE, seamlessLoop } from '../../scripts/sounds/dsp';
import { encodeWav } from '../../scripts/sounds/encode-wav';
import { padLoop, synthSound } from '../../scripts/sounds/synth-sound';
import { BED_LOOP, SOUND_IDS, isBedId } from '../../src/audio/sound-catalogue';

const loopLength = (BED_LOOP.loopMs / 1000) * SAMPLE_RATE;
const pad = (BED_LOOP.padMs / 1000) * SAMPLE_RATE;

/** The typical step between neighbouring samples, to judge a seam against. */
function typicalStep(samples: Float32Array): number {
  let sum = 0;
  for (let i = 1; i < samples.length; i++)
    sum += Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0));
  return sum / (samples.length - 1);
}

describe('sound synthesis', () => {
  it('is deterministic: the same seed gives the same samples', () => {
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    expect(synthSound('alert')).toEqual(synthSound('alert'));
  });

  it.each(SOUND_IDS.filter(isBedId))('%s loops without a seam', (id) => {
    const loop = synthBed(id, 99);
    expect(loop.length).toBe(loopLength);
    const seam = Math.abs((loop[0] ?? 0) - (loop[loop.length - 1] ?? 0));
    expect(seam).toBeLessThan(typicalStep(loop) * 6);
  });

  it('pads a bed with its own end and start, so the looped region is continuous', () => {
    const loop = Float32Array.from({ length: loopLength }, (_, i) => Math.sin(i / 100));
    const padded = padLoop(loop);
    expect(padded.length).toBe(loopLength + 2 * pad);
    expect(padded[pad - 1]).toBe(loop[loopLength - 1]);
    expect(padded[pad]).toBe(loop[0]);
    expect(padded[pad + loopLength]).toBe(loop[0]);
  });

  it('cross-fades a tail into the start of a loop', () => {
    const ramp = Float32Array.from({ length: 150 }, () => 1);
    const loop = seamlessLoop(ramp, 100);
    expect(loop.length).toBe(100);
    expect(() => seamlessLoop(ramp, 150)).toThrow();
  });

  it.each(SOUND_IDS.filter((id) => !isBedId(id)))(
    '%s starts and ends at silence, below clipping',
    (id) => {
      const samples = synthSound(id);
      expect(samples.length).toBeLessThan(SAMPLE_RATE);
      expect(Math.abs(samples[0] ?? 1)).toBeLessThan(0.05);
      expect(Math.abs(samples[samples.length - 1] ?? 1)).toBeLessThan(0.01);
      expect(Math.max(...samples.map(Math.abs))).toBeLessThanOrEqual(0.9 + 1e-6);
    },
  );

  it('writes a valid mono 16-bit WAV', () => {
    const wav = encodeWav(Float32Array.from([0, 0.5, -1, 2]));
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(SAMPLE_RATE);
    expect(wav.readUInt32LE(40)).toBe(8);
    expect([0, 1, 2, 3].map((i) => wav.readInt16LE(44 + i * 2))).toEqual([0, 16384, -32767, 32767]);
  });
});
