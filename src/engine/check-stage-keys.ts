import type { Problem } from './explore-worlds';
import { problem } from './problem-message';
import type { Scenario } from './schema';
import { ACCENT_KEYS, SETTING_KEYS, SOUND_KEYS } from '../stage/stage-keys';

/**
 * Warnings for setting, sound and accent words the presentation does not know. Not errors: the
 * game still plays (the neutral room, silence, the setting's accent), but an author who misspelt
 * `ceo-ofice` should hear of it.
 */
export function checkStageKeys(s: Scenario): Problem[] {
  const warnings: Problem[] = [];
  const warn = (
    kind: 'setting' | 'accent' | 'sound',
    key: string,
    known: readonly string[],
    role: string,
    at?: string,
  ) => {
    if (known.includes(key)) return;
    const where = at
      ? problem('scenarioParts.beat', { beat: at })
      : problem('scenarioParts.role', { role });
    warnings.push({
      code: `unknown-${kind}`,
      role,
      ...(at ? { at } : {}),
      message: problem('scenarioCheck.unknownStageKey', { where, kind, key, known }),
    });
  };
  for (const r of s.roles) {
    if (r.home) warn('setting', r.home, SETTING_KEYS, r.id);
    if (r.accent) warn('accent', r.accent, ACCENT_KEYS, r.id);
    for (const b of r.beats) {
      warn('setting', b.setting, SETTING_KEYS, r.id, b.id);
      if (b.sound) warn('sound', b.sound, SOUND_KEYS, r.id, b.id);
    }
  }
  return warnings;
}
