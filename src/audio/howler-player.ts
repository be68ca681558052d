/**
 * The only module that touches Howler. The sound bank imports it after the player's first
 * gesture, so Howler and its AudioContext never exist before the page is allowed to make sound
 * (no autoplay warning), and the first screen never waits for it.
 */
import { Howl, Howler } from 'howler';
import type { AudioSettings } from './audio-settings-store';
import type { BedId, OneShotId, SoundId } from './sound-catalogue';
import { BED_LOOP, SOUND_IDS, SOUNDS, isBedId, soundUrls } from './sound-catalogue';
import { planCrossfade } from './plan-crossfade';

/** What the sound bank asks of a player. */
export interface SoundPlayer {
  /** Cross-fades to `bed` (null: silence). A bed still loading starts when it arrives. */
  setBed(bed: BedId | null): void;
  /** Plays a one-off sound if it has loaded; a sound not ready yet is skipped, never late. */
  playOneShot(id: OneShotId): void;
  applySettings(settings: AudioSettings): void;
}

/** Whether the audio device is running ('playing') or suspended because nothing sounds ('quiet'). */
export type AudioActivity = 'playing' | 'quiet';

/**
 * How long after the last sound stops the AudioContext is suspended. A running context costs a
 * steady ~1.5 % of a core even in silence; suspended, nothing. Howler's own auto-suspend waits
 * 30 s, which is most of a short discussion, so the player suspends itself.
 */
const SUSPEND_AFTER_SILENCE_MS = 500;

interface BedVoice {
  howl: Howl;
  soundId: number | null;
  stopTimer: ReturnType<typeof setTimeout> | null;
}

const LOOP_SPRITE = 'loop';

/** Creates a Howl over the real files; Web Audio (not HTML5 audio) so beds loop without a gap. */
function createHowl(id: SoundId, options: Partial<ConstructorParameters<typeof Howl>[0]>): Howl {
  return new Howl({
    src: soundUrls(id),
    html5: false,
    preload: true,
    onloaderror: () => console.warn(`Spillage: the sound "${id}" could not be loaded.`),
    ...options,
  });
}

/** Creates the Howler player with the current settings applied. */
export function createHowlerPlayer(
  initial: AudioSettings,
  onActivity: (activity: AudioActivity) => void = () => {},
): SoundPlayer {
  const oneShots = new Map<OneShotId, Howl>();
  const beds = new Map<BedId, BedVoice>();
  let wanted: BedId | null = null;
  let suspendTimer: ReturnType<typeof setTimeout> | null = null;

  // This player alone decides when the context sleeps (see SUSPEND_AFTER_SILENCE_MS).
  Howler.autoSuspend = false;

  const anythingSounds = (): boolean =>
    [...beds.values()].some((voice) => voice.soundId !== null) ||
    [...oneShots.values()].some((howl) => howl.playing());

  /** Suspends the context once nothing sounds; checks again while a one-off is still playing. */
  const suspendWhenSilent = (): void => {
    if (suspendTimer !== null) clearTimeout(suspendTimer);
    suspendTimer = setTimeout(() => {
      suspendTimer = null;
      const context = Howler.ctx as AudioContext | undefined;
      if (!context || context.state !== 'running') return;
      if (anythingSounds()) suspendWhenSilent();
      else void context.suspend().then(() => onActivity('quiet'));
    }, SUSPEND_AFTER_SILENCE_MS);
  };

  /** Wakes the context before a sound plays (a suspended context would hold the sound back). */
  const wake = (): void => {
    if (suspendTimer !== null) clearTimeout(suspendTimer);
    suspendTimer = null;
    const context = Howler.ctx as AudioContext | undefined;
    if (context?.state === 'suspended') void context.resume();
    onActivity('playing');
  };

  const applySettings = (settings: AudioSettings): void => {
    Howler.volume(settings.volume);
    Howler.mute(settings.muted);
  };
  applySettings(initial);
  onActivity('playing');
  suspendWhenSilent();

  const voiceOf = (bed: BedId): BedVoice => {
    let voice = beds.get(bed);
    if (!voice) {
      const howl = createHowl(bed, {
        volume: 0,
        sprite: { [LOOP_SPRITE]: [BED_LOOP.padMs, BED_LOOP.loopMs, true] },
        // A bed that finishes loading while still wanted fades in then.
        onload: () => {
          if (wanted === bed) setBed(bed);
        },
      });
      voice = { howl, soundId: null, stopTimer: null };
      beds.set(bed, voice);
    }
    return voice;
  };

  const setBed = (next: BedId | null): void => {
    wanted = next;
    if (next !== null) wake();
    else suspendWhenSilent();
    const playing = new Map<BedId, number>();
    for (const [bed, voice] of beds) {
      if (voice.soundId === null) continue;
      // For a sound id Howler no longer knows, volume(id) returns the Howl, not a number; a fade
      // from that would hand the AudioParam a NaN and throw.
      const volume = voice.howl.volume(voice.soundId);
      playing.set(bed, typeof volume === 'number' && Number.isFinite(volume) ? volume : 0);
    }
    if (next !== null && voiceOf(next).howl.state() !== 'loaded') playing.delete(next);
    for (const fade of planCrossfade(playing, next, (bed) => SOUNDS[bed].volume)) {
      const voice = voiceOf(fade.bed);
      if (voice.stopTimer !== null) clearTimeout(voice.stopTimer);
      voice.stopTimer = null;
      if (voice.soundId === null) {
        if (voice.howl.state() !== 'loaded') continue; // onload brings it in
        voice.soundId = voice.howl.play(LOOP_SPRITE);
      }
      const soundId = voice.soundId;
      voice.howl.fade(fade.from, fade.to, fade.ms, soundId);
      if (fade.stopAfter) {
        voice.stopTimer = setTimeout(() => {
          voice.stopTimer = null;
          if (wanted === fade.bed) return;
          voice.howl.stop(soundId);
          voice.soundId = null;
          suspendWhenSilent();
        }, fade.ms + 50);
      }
    }
  };

  const playOneShot = (id: OneShotId): void => {
    let howl = oneShots.get(id);
    if (!howl) {
      howl = createHowl(id, { volume: SOUNDS[id].volume });
      oneShots.set(id, howl);
    }
    if (howl.state() !== 'loaded') return;
    wake();
    howl.play();
    if (wanted === null) suspendWhenSilent();
  };

  // Fetch the short sounds now, so the first cue after the gesture is usually ready.
  for (const id of SOUND_IDS) {
    if (!isBedId(id)) oneShots.set(id, createHowl(id, { volume: SOUNDS[id].volume }));
  }

  return { setBed, playOneShot, applySettings };
}
