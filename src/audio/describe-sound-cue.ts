/**
 * Text equivalents of sounds (WCAG 1.2 / 1.3.3): the UI shows one as a caption whenever the sound
 * would play, so nothing is only heard.
 */
import { STAGE_CUES, type StageCue } from '../stage/stage-events';
import { cueSound } from './cue-sound';
import { SOUNDS, isSoundId } from './sound-catalogue';
import { t } from '../i18n/translate';

const STAGE_CUE_SET: ReadonlySet<string> = new Set(STAGE_CUES);

/**
 * A short caption for a stage cue (a `StageCue`) or a sound key (`inject-arrived` → "Alert tone",
 * `ambient-lab` → "Ambient sound: …"); null when nothing is heard for it.
 */
export function describeSoundCue(cue: string): string | null {
  const sound = STAGE_CUE_SET.has(cue) ? cueSound(cue as StageCue) : isSoundId(cue) ? cue : null;
  return sound === null ? null : t(SOUNDS[sound].caption);
}
