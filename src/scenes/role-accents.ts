import { palette } from './palette';

/** Each role's accent colour, used for the lights and screens of its settings. */
export const roleAccents: Readonly<Record<string, number>> = {
  contractor: palette.amber,
  analysts: palette.teal,
  ceo: palette.violet,
  investigator: palette.federalBlue,
};

/** Each setting's own accent, for when the role is unknown (another scenario, a replay). */
const settingAccents: Readonly<Record<string, number>> = {
  'home-desk': palette.amber,
  lab: palette.teal,
  'alert-console': palette.teal,
  'ceo-office': palette.violet,
  'field-office': palette.federalBlue,
};

/** The accent for a role in a setting: the role's if it has one, else the setting's, else amber. */
export function accentFor(roleId: string | null, setting: string): number {
  return (roleId ? roleAccents[roleId] : undefined) ?? settingAccents[setting] ?? palette.amber;
}
