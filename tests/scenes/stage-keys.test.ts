import { describe, expect, it } from 'vitest';
import { chooseSetting } from '../../src/scenes/choose-setting';
import { accentFor } from '../../src/scenes/accent-colour';
import { palette } from '../../src/scenes/palette';
import { roleStage, type StageState } from '../../src/stage/stage-events';

const beat = (over: Partial<StageState>): StageState => ({
  screen: 'briefing',
  setting: null,
  sound: null,
  home: null,
  accent: null,
  ...over,
});

describe('the stage reads role keys from scenario data, not role ids', () => {
  it("a screen with no setting shows the role's home, else the neutral room", () => {
    expect(chooseSetting(beat(roleStage({ home: 'lab' })))).toBe('lab');
    expect(chooseSetting(beat(roleStage(undefined)))).toBe('neutral');
    expect(chooseSetting(beat({ setting: 'ceo-office', home: 'lab' }))).toBe('ceo-office');
  });

  it("an accent key wins over the setting's accent; unknown words fall back", () => {
    expect(accentFor('violet', 'lab')).toBe(palette.violet);
    expect(accentFor(null, 'lab')).toBe(palette.teal);
    expect(accentFor('mauve', 'field-office')).toBe(palette.federalBlue);
    expect(accentFor('constructor', 'toString')).toBe(palette.amber);
  });
});
