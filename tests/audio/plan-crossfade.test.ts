import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROSSFADE_MS, planCrossfade } from '../../src/audio/plan-crossfade';
import type { BedId } from '../../src/audio/sound-catalogue';

const LEVELS: Record<BedId, number> = {
  'ambient-home': 0.3,
  'ambient-lab': 0.2,
  'ambient-office': 0.4,
  'ambient-field': 0.25,
};
const levelOf = (bed: BedId): number => LEVELS[bed];
const BEDS = Object.keys(LEVELS) as BedId[];

describe('planCrossfade', () => {
  it('fades the first bed in from silence', () => {
    expect(planCrossfade(new Map(), 'ambient-lab', levelOf)).toEqual([
      { bed: 'ambient-lab', from: 0, to: 0.2, ms: CROSSFADE_MS, stopAfter: false },
    ]);
  });

  it('does nothing when the same bed is already at its level', () => {
    expect(planCrossfade(new Map([['ambient-lab', 0.2]]), 'ambient-lab', levelOf)).toEqual([]);
  });

  it('cross-fades from one setting to another', () => {
    expect(planCrossfade(new Map([['ambient-home', 0.3]]), 'ambient-office', levelOf)).toEqual([
      { bed: 'ambient-home', from: 0.3, to: 0, ms: CROSSFADE_MS, stopAfter: true },
      { bed: 'ambient-office', from: 0, to: 0.4, ms: CROSSFADE_MS, stopAfter: false },
    ]);
  });

  it('fades everything out for silence', () => {
    const fades = planCrossfade(new Map([['ambient-field', 0.25]]), null, levelOf);
    expect(fades).toEqual([
      { bed: 'ambient-field', from: 0.25, to: 0, ms: CROSSFADE_MS, stopAfter: true },
    ]);
  });

  it('brings a half-faded bed back from where it is, in half the time', () => {
    const fades = planCrossfade(
      new Map<BedId, number>([
        ['ambient-office', 0.2],
        ['ambient-lab', 0.1],
      ]),
      'ambient-office',
      levelOf,
    );
    expect(fades).toEqual([
      { bed: 'ambient-lab', from: 0.1, to: 0, ms: CROSSFADE_MS / 2, stopAfter: true },
      { bed: 'ambient-office', from: 0.2, to: 0.4, ms: CROSSFADE_MS / 2, stopAfter: false },
    ]);
  });

  it('always ends with only the wanted bed sounding, at its level', () => {
    const playing = fc.dictionary(
      fc.constantFrom(...BEDS),
      fc.double({ min: 0, max: 0.4, noNaN: true }),
    );
    fc.assert(
      fc.property(playing, fc.option(fc.constantFrom(...BEDS)), (volumes, next) => {
        const before = new Map(Object.entries(volumes) as [BedId, number][]);
        const after = new Map(before);
        for (const fade of planCrossfade(before, next, levelOf)) {
          expect(fade.ms).toBeGreaterThanOrEqual(0);
          expect(fade.ms).toBeLessThanOrEqual(CROSSFADE_MS);
          expect(fade.from).toBe(before.get(fade.bed) ?? 0);
          if (fade.stopAfter) after.delete(fade.bed);
          else after.set(fade.bed, fade.to);
        }
        expect([...after]).toEqual(next === null ? [] : [[next, LEVELS[next]]]);
      }),
    );
  });
});
