import type { StageState } from '../ui/stage-events';

/** Where a role is when its screen names no setting (its briefing, its ending). */
const roleHomes: ReadonlyMap<string, string> = new Map(
  Object.entries({
    contractor: 'home-desk',
    analysts: 'lab',
    ceo: 'ceo-office',
    investigator: 'field-office',
  }),
);

/** Screens that always get the neutral room: they carry the most text and need the calmest ground. */
const neutralScreens: ReadonlySet<StageState['screen']> = new Set([
  'scenario-picker',
  'role-picker',
  'debrief',
]);

/** The setting key to draw for a stage state: the beat's, else the role's home, else neutral. */
export function chooseSetting(state: StageState): string {
  if (neutralScreens.has(state.screen)) return 'neutral';
  return state.setting ?? (state.roleId ? roleHomes.get(state.roleId) : undefined) ?? 'neutral';
}
