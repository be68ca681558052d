import { chooseBed, stageOneShot } from '../audio/choose-bed';
import { describeSoundCue } from '../audio/describe-sound-cue';
import type { BedId } from '../audio/sound-catalogue';
import { el } from './dom';
import { onStageChange, onStageCue } from '../stage/stage-events';
import { requireElement } from './stage-loader';

/**
 * A caption beside the menu for every sound the game makes (WCAG: nothing is only heard): the
 * ambient bed the scene calls for, and each one-off sound as it happens. Shown whether or not
 * sound is on, so a muted room and a deaf player get the same cue.
 */
export function installSoundCaptions(): void {
  const ambient = el('span', { className: 'caption-ambient' });
  const moment = el('span', { className: 'caption-moment' });
  requireElement('top-bar').prepend(el('p', { className: 'sound-captions' }, ambient, moment));
  let bed: BedId | null = null;
  let clearMoment: ReturnType<typeof setTimeout> | undefined;
  const flash = (caption: string | null): void => {
    if (!caption) return;
    moment.textContent = `♪ ${caption}`;
    clearTimeout(clearMoment);
    clearMoment = setTimeout(() => (moment.textContent = ''), 2500);
  };
  onStageChange((state) => {
    bed = chooseBed(state, bed);
    ambient.textContent = bed ? `♪ ${describeSoundCue(bed) ?? ''}` : '';
    const opening = stageOneShot(state);
    if (opening) flash(describeSoundCue(opening));
  });
  onStageCue((cue) => flash(describeSoundCue(cue)));
}
