import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SETTING_BEDS, chooseBed, isSameStage, stageOneShot } from '../../src/audio/choose-bed';
import type { StageState } from '../../src/stage/stage-events';

const beat = (setting: string | null, sound: string | null = null): StageState => ({
  screen: 'beat',
  setting,
  sound,
  home: 'lab',
  accent: 'teal',
});

describe('chooseBed', () => {
  it('maps each setting to its bed', () => {
    expect(chooseBed(beat('home-desk'), null)).toBe('ambient-home');
    expect(chooseBed(beat('lab'), null)).toBe('ambient-lab');
    expect(chooseBed(beat('alert-console'), null)).toBe('ambient-lab');
    expect(chooseBed(beat('ceo-office'), null)).toBe('ambient-office');
    expect(chooseBed(beat('field-office'), null)).toBe('ambient-field');
  });

  it('lets a bed sound key override the setting', () => {
    expect(chooseBed(beat('ceo-office', 'ambient-lab'), null)).toBe('ambient-lab');
  });

  it('keeps the setting bed under a one-off sound key', () => {
    expect(chooseBed(beat('lab', 'alert'), null)).toBe('ambient-lab');
    expect(stageOneShot(beat('lab', 'alert'))).toBe('alert');
    expect(stageOneShot(beat('lab', 'teleprinter'))).toBe('teleprinter');
    expect(stageOneShot(beat('lab', 'ambient-lab'))).toBeNull();
  });

  it('gives silence for unknown keys and for screens without a setting', () => {
    expect(chooseBed(beat('moon-base', 'ambient-street'), 'ambient-lab')).toBeNull();
    expect(chooseBed(beat('toString', '__proto__'), null)).toBeNull();
    expect(stageOneShot(beat(null, 'ambient-street'))).toBeNull();
    const title: StageState = {
      screen: 'title',
      setting: null,
      sound: null,
      home: null,
      accent: null,
    };
    expect(chooseBed(title, 'ambient-home')).toBeNull();
    expect(chooseBed({ ...title, screen: 'debrief' }, 'ambient-home')).toBeNull();
  });

  it('keeps the beat bed through an outcome that has no setting of its own', () => {
    expect(chooseBed({ ...beat(null), screen: 'outcome' }, 'ambient-office')).toBe(
      'ambient-office',
    );
    expect(chooseBed({ ...beat('lab'), screen: 'outcome' }, 'ambient-office')).toBe('ambient-lab');
  });

  it('tells a repeated announcement from a new stage', () => {
    expect(isSameStage(null, beat('lab'))).toBe(false);
    expect(isSameStage(beat('lab', 'alert'), beat('lab', 'alert'))).toBe(true);
    expect(isSameStage(beat('lab', 'alert'), beat('lab'))).toBe(false);
  });

  it('has a bed for every setting the Equation Group scenario uses', () => {
    const folder = join(import.meta.dirname, '../../scenarios/equation-group/roles');
    const settings = new Set<string>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
      const role = parse(readFileSync(join(folder, file), 'utf8')) as {
        beats?: { setting?: string }[];
      };
      for (const { setting } of role.beats ?? []) if (setting) settings.add(setting);
    }
    expect(settings.size).toBeGreaterThan(0);
    expect([...settings].filter((setting) => !Object.hasOwn(SETTING_BEDS, setting))).toEqual([]);
  });
});
