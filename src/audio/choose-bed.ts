/**
 * Which ambient bed the stage calls for, and which one-off sound a beat opens with. Scenario keys
 * are free words: a key nobody mapped gives no sound (never an error).
 */
import type { StageState } from '../stage/stage-events';
import type { SettingKey } from '../stage/stage-keys';
import type { BedId, OneShotId } from './sound-catalogue';
import { isBedId, isSoundId } from './sound-catalogue';

/** Setting keys (the pictures) and the bed each one sounds like. */
export const SETTING_BEDS: Readonly<Record<SettingKey, BedId>> = {
  'home-desk': 'ambient-home',
  home: 'ambient-home',
  lab: 'ambient-lab',
  'alert-console': 'ambient-lab',
  'ceo-office': 'ambient-office',
  office: 'ambient-office',
  'field-office': 'ambient-field',
  field: 'ambient-field',
  'car-park': 'ambient-field',
};

/**
 * The bed for a stage: the beat's sound key when it names a bed, else its setting's bed, else
 * silence. An outcome with no setting of its own keeps the bed of the beat it follows, so the
 * room does not fall silent between a choice and its result.
 */
export function chooseBed(state: StageState, previous: BedId | null): BedId | null {
  if (state.sound !== null && isSoundId(state.sound) && isBedId(state.sound)) return state.sound;
  if (state.setting !== null && Object.hasOwn(SETTING_BEDS, state.setting)) {
    return SETTING_BEDS[state.setting as SettingKey];
  }
  if (state.screen === 'outcome' && state.setting === null) return previous;
  return null;
}

/** The one-off sound a stage opens with (a beat whose sound key is `alert` or `teleprinter`). */
export function stageOneShot(state: StageState): OneShotId | null {
  if (state.sound === null || !isSoundId(state.sound) || isBedId(state.sound)) return null;
  return state.sound;
}

/** Tells whether two announcements describe the same stage (a repeat plays nothing new). */
export function isSameStage(a: StageState | null, b: StageState): boolean {
  return (
    a !== null &&
    a.screen === b.screen &&
    a.setting === b.setting &&
    a.sound === b.sound &&
    a.home === b.home &&
    a.accent === b.accent
  );
}
