import type { AccentKey, DrawnSetting } from '../stage/stage-keys';
import { palette } from './palette';

/** The colour of each accent key a role may name in its scenario data. */
const accentColours: Readonly<Record<AccentKey, number>> = {
  amber: palette.amber,
  teal: palette.teal,
  violet: palette.violet,
  'federal-blue': palette.federalBlue,
};

/** Each drawn setting's own accent, for a role that names none (another scenario, a replay). */
const settingAccents: Readonly<Record<DrawnSetting, number>> = {
  'home-desk': palette.amber,
  lab: palette.teal,
  'alert-console': palette.teal,
  'ceo-office': palette.violet,
  'field-office': palette.federalBlue,
};

const colourOf = <K extends string>(table: Readonly<Record<K, number>>, key: string | null) =>
  key !== null && Object.hasOwn(table, key) ? table[key as K] : undefined;

/** The accent for a setting: the role's accent key if known, else the setting's, else amber. */
export function accentFor(accent: string | null, setting: string): number {
  return colourOf(accentColours, accent) ?? colourOf(settingAccents, setting) ?? palette.amber;
}
