/**
 * The sound bank: listens to the stage (never called by story code), picks the ambient bed and
 * the one-off sounds, and keeps silent until the player's first gesture. Howler is loaded then,
 * and only if sound is not muted, so a muted player never downloads a sound.
 */
import type { StageState } from '../stage/stage-events';
import { onStageChange, onStageCue } from '../stage/stage-events';
import { getAudioSettings, onAudioSettingsChange } from './audio-settings';
import { chooseBed, isSameStage, stageOneShot } from './choose-bed';
import { createOneShotGate, cueSound } from './cue-sound';
import type { AudioActivity, SoundPlayer } from './howler-player';
import { BED_LOOP, type BedId, type OneShotId } from './sound-catalogue';

export { getAudioSettings, setVolume, setMuted, onAudioSettingsChange } from './audio-settings';
export type { AudioSettings } from './audio-settings';
export { describeSoundCue } from './describe-sound-cue';

/**
 * How long a screen's ambient bed plays (once through its loop) before it fades away. The bed sets
 * the scene while the text is read; a room then talks for minutes, and neither the room nor a
 * laptop on battery needs a loop under it. The next screen brings the bed back.
 */
export const BED_PLAYS_MS = BED_LOOP.loopMs;

/** Events that count as a user gesture for the browsers' autoplay policies. */
const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

let stopBank: (() => void) | null = null;

/** Starts listening to the stage; returns a function that stops (tests, hot reload). */
export function startSoundBank(target: Document = document): () => void {
  if (stopBank) return stopBank;
  let player: SoundPlayer | null = null;
  let loading = false;
  let stopped = false;
  let gestured = false;
  let lastStage: StageState | null = null;
  let bed: BedId | null = null;
  /** The bed has played its time on this screen and faded (see BED_PLAYS_MS). */
  let bedRested = false;
  let restTimer: ReturnType<typeof setTimeout> | null = null;
  const mayPlay = createOneShotGate();
  const audibleBed = (): BedId | null => (bedRested ? null : bed);
  const markActivity = (activity: AudioActivity): void => {
    // The bench and the browser tests read this to know the audio device has gone to sleep.
    if ('documentElement' in target) target.documentElement.dataset.sound = activity;
  };
  const restartBedTime = (): void => {
    if (restTimer !== null) clearTimeout(restTimer);
    bedRested = false;
    restTimer = setTimeout(() => {
      restTimer = null;
      bedRested = true;
      player?.setBed(null);
    }, BED_PLAYS_MS);
  };

  const playOneShot = (id: OneShotId | null): void => {
    if (id !== null && player && mayPlay(id, performance.now())) player.playOneShot(id);
  };

  const load = (): void => {
    if (loading || player || !gestured || getAudioSettings().muted) return;
    loading = true;
    import('./howler-player')
      .then(({ createHowlerPlayer }) => {
        if (stopped) return;
        player = createHowlerPlayer(getAudioSettings(), markActivity);
        player.setBed(audibleBed());
      })
      .catch((error: unknown) => {
        // The game is whole without sound (every cue has a caption); say so, quietly.
        loading = false;
        console.warn('Spillage: sound could not start.', error);
      });
  };

  const onGesture = (): void => {
    // Escape and some shortcut keys do not count as activation; wait for one that does.
    const { navigator } = globalThis as { navigator?: { userActivation?: UserActivation } };
    if (navigator?.userActivation?.hasBeenActive === false) return;
    for (const type of GESTURES) target.removeEventListener(type, onGesture, true);
    gestured = true;
    load();
  };
  for (const type of GESTURES)
    target.addEventListener(type, onGesture, { capture: true, passive: true });

  const unsubscribers = [
    onStageChange((state) => {
      bed = chooseBed(state, bed);
      restartBedTime();
      player?.setBed(audibleBed());
      if (!isSameStage(lastStage, state)) playOneShot(stageOneShot(state));
      lastStage = state;
    }),
    onStageCue((cue) => playOneShot(cueSound(cue))),
    onAudioSettingsChange((settings) => {
      player?.applySettings(settings);
      load();
    }),
  ];

  stopBank = () => {
    stopped = true;
    if (restTimer !== null) clearTimeout(restTimer);
    for (const unsubscribe of unsubscribers) unsubscribe();
    for (const type of GESTURES) target.removeEventListener(type, onGesture, true);
    player?.setBed(null);
    player = null;
    stopBank = null;
  };
  return stopBank;
}
