import type { Problem } from './explore-worlds';
import type { Scenario } from './schema';
import { ACCENT_KEYS, SETTING_KEYS, SOUND_KEYS } from '../stage/stage-keys';

/**
 * Warnings for setting, sound and accent words the presentation does not know. Not errors: the
 * game still plays (the neutral room, silence, the setting's accent), but an author who misspelt
 * `ceo-ofice` should hear of it.
 */
export function checkStageKeys(s: Scenario): Problem[] {
  const warnings: Problem[] = [];
  const warn = (kind: string, key: string, known: readonly string[], role: string, at?: string) => {
    if (known.includes(key)) return;
    warnings.push({
      code: `unknown-${kind}`,
      role,
      ...(at ? { at } : {}),
      message: `${at ? `beat '${at}'` : `role '${role}'`} names the ${kind} '${key}', which the game does not know (known: ${known.join(', ')}); it will ${kind === 'sound' ? 'play nothing' : kind === 'accent' ? "use the setting's colour" : 'show the neutral room'}`,
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
