import { palette } from './palette';

/** Each role's accent colour, used for the lights and screens of its settings. */
export const roleAccents: ReadonlyMap<string, number> = new Map(
  Object.entries({
    contractor: palette.amber,
    analysts: palette.teal,
    ceo: palette.violet,
    investigator: palette.federalBlue,
  }),
);

/** Each setting's own accent, for when the role is unknown (another scenario, a replay). */
const settingAccents: ReadonlyMap<string, number> = new Map(
  Object.entries({
    'home-desk': palette.amber,
    lab: palette.teal,
    'alert-console': palette.teal,
    'ceo-office': palette.violet,
    'field-office': palette.federalBlue,
  }),
);

/**
 * The accent for a role in a setting: the role's if it has one, else the setting's, else amber.
 * Maps, not object keys: a scenario's role or setting called `constructor` must not find Object.
 */
export function accentFor(roleId: string | null, setting: string): number {
  return (
    (roleId ? roleAccents.get(roleId) : undefined) ?? settingAccents.get(setting) ?? palette.amber
  );
}
