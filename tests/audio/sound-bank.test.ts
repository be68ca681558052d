import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudioSettings } from '../../src/audio/audio-settings';
import type { SoundPlayer } from '../../src/audio/howler-player';
import { BED_PLAYS_MS, setMuted, startSoundBank } from '../../src/audio/sound-bank';
import { announceCue, announceStage } from '../../src/stage/stage-events';

const created: Array<{ settings: AudioSettings; calls: string[] }> = [];

// The Howler player is replaced by a recorder: these tests are about when and what the bank asks.
vi.mock('../../src/audio/howler-player', () => ({
  createHowlerPlayer: (settings: AudioSettings): SoundPlayer => {
    const calls: string[] = [];
    created.push({ settings, calls });
    return {
      setBed: (bed) => calls.push(`bed:${bed}`),
      playOneShot: (id) => calls.push(`play:${id}`),
      applySettings: (next) => calls.push(`settings:${next.muted ? 'muted' : next.volume}`),
    };
  },
}));

/** Lets the dynamic import of the player settle. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('sound bank', () => {
  let target: EventTarget;
  let stop: () => void;

  beforeEach(() => {
    created.length = 0;
    setMuted(false);
    announceStage({ screen: 'title' });
    target = new EventTarget();
    stop = startSoundBank(target as Document);
  });
  afterEach(() => stop());

  it('loads nothing and plays nothing before the first gesture', async () => {
    announceStage({ screen: 'beat', setting: 'lab', sound: 'alert', home: 'lab', accent: 'teal' });
    announceCue('choice-confirmed');
    await settle();
    expect(created).toEqual([]);
  });

  it('starts after a gesture with the bed of the current stage, then follows the stage', async () => {
    announceStage({ screen: 'beat', setting: 'lab', sound: null, home: 'lab', accent: 'teal' });
    target.dispatchEvent(new Event('keydown'));
    await settle();
    expect(created).toHaveLength(1);
    announceCue('choice-focused');
    announceCue('meter-rose');
    announceStage({
      screen: 'beat',
      setting: 'ceo-office',
      sound: 'alert',
      home: 'ceo-office',
      accent: 'violet',
    });
    announceStage({
      screen: 'beat',
      setting: 'ceo-office',
      sound: 'alert',
      home: 'ceo-office',
      accent: 'violet',
    });
    announceStage({ screen: 'debrief' });
    expect(created[0]?.calls).toEqual([
      'bed:ambient-lab',
      'play:select',
      'bed:ambient-office',
      'play:alert',
      'bed:ambient-office',
      'bed:null',
    ]);
  });

  it('waits for unmuting before loading anything when the player muted sound', async () => {
    setMuted(true);
    target.dispatchEvent(new Event('pointerdown'));
    await settle();
    expect(created).toEqual([]);
    setMuted(false);
    await settle();
    expect(created).toHaveLength(1);
    expect(created[0]?.settings.muted).toBe(false);
  });

  it('lets a bed play for its time, then fades it; the next screen brings it back', async () => {
    announceStage({ screen: 'beat', setting: 'lab', sound: null, home: 'lab', accent: 'teal' });
    target.dispatchEvent(new Event('keydown'));
    await settle();
    vi.useFakeTimers();
    try {
      announceStage({ screen: 'outcome', setting: null, sound: null, home: 'lab', accent: 'teal' });
      vi.advanceTimersByTime(BED_PLAYS_MS - 1);
      expect(created[0]?.calls.at(-1)).toBe('bed:ambient-lab');
      vi.advanceTimersByTime(1);
      expect(created[0]?.calls.at(-1)).toBe('bed:null');
      announceStage({ screen: 'beat', setting: 'lab', sound: null, home: 'lab', accent: 'teal' });
      expect(created[0]?.calls.at(-1)).toBe('bed:ambient-lab');
    } finally {
      vi.useRealTimers();
    }
  });

  it('forwards volume and mute changes to a started player', async () => {
    target.dispatchEvent(new Event('touchend'));
    await settle();
    setMuted(true);
    expect(created[0]?.calls).toContain('settings:muted');
  });
});
