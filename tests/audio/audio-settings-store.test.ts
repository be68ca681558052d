import { describe, expect, it, vi } from 'vitest';
import type { SettingsStorage } from '../../src/audio/audio-settings-store';
import {
  AUDIO_SETTINGS_KEY,
  DEFAULT_AUDIO_SETTINGS,
  createAudioSettingsStore,
  parseAudioSettings,
} from '../../src/audio/audio-settings-store';
import {
  getAudioSettings,
  onAudioSettingsChange,
  setMuted,
  setVolume,
} from '../../src/audio/audio-settings';

/** A Map-backed stand-in for localStorage. */
function memoryStorage(
  initial: Record<string, string> = {},
): SettingsStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('audio settings store', () => {
  it('starts from the defaults on a first visit', () => {
    expect(createAudioSettingsStore(memoryStorage()).get()).toEqual(DEFAULT_AUDIO_SETTINGS);
  });

  it('keeps volume and mute across visits under spillage.audio', () => {
    const storage = memoryStorage();
    const first = createAudioSettingsStore(storage);
    first.setVolume(0.25);
    first.setMuted(true);
    expect(JSON.parse(storage.data.get(AUDIO_SETTINGS_KEY) ?? '')).toEqual({
      volume: 0.25,
      muted: true,
    });
    expect(createAudioSettingsStore(storage).get()).toEqual({ volume: 0.25, muted: true });
  });

  it('clamps volumes into 0-1', () => {
    const store = createAudioSettingsStore(memoryStorage());
    store.setVolume(3);
    expect(store.get().volume).toBe(1);
    store.setVolume(-1);
    expect(store.get().volume).toBe(0);
    store.setVolume(Number.NaN);
    expect(store.get().volume).toBe(DEFAULT_AUDIO_SETTINGS.volume);
  });

  it('reads damaged or foreign stored values leniently', () => {
    expect(parseAudioSettings('not json')).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(parseAudioSettings('null')).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(parseAudioSettings('{"muted":true}')).toEqual({
      volume: DEFAULT_AUDIO_SETTINGS.volume,
      muted: true,
    });
    expect(parseAudioSettings('{"volume":"loud","muted":"yes"}')).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(parseAudioSettings('{"volume":7}')).toEqual({ volume: 1, muted: false });
  });

  it('works in memory when reading storage throws (private window)', () => {
    const storage: SettingsStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = createAudioSettingsStore(storage);
    expect(store.get()).toEqual(DEFAULT_AUDIO_SETTINGS);
    store.setMuted(true);
    store.setVolume(0.4);
    expect(store.get()).toEqual({ volume: 0.4, muted: true });
  });

  it('keeps the new value and tells listeners when writing throws (quota)', () => {
    const storage = memoryStorage({ [AUDIO_SETTINGS_KEY]: '{"volume":0.5,"muted":false}' });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createAudioSettingsStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setVolume(0.9);
    expect(store.get().volume).toBe(0.9);
    expect(listener).toHaveBeenCalledWith({ volume: 0.9, muted: false });
  });

  it('notifies only on real changes, and stops after unsubscribing', () => {
    const store = createAudioSettingsStore(null);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setMuted(false); // unchanged
    store.setMuted(true);
    unsubscribe();
    store.setMuted(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands out copies, so a caller cannot change the settings behind the store', () => {
    const store = createAudioSettingsStore(null);
    store.get().volume = 0;
    expect(store.get().volume).toBe(DEFAULT_AUDIO_SETTINGS.volume);
  });
});

describe('audio settings API', () => {
  it('runs in memory where there is no localStorage (Node)', () => {
    // Test files share modules (vitest.config.ts): start from a known state, not from the last file's.
    setMuted(false);
    setVolume(1);
    const seen: boolean[] = [];
    const unsubscribe = onAudioSettingsChange((settings) => seen.push(settings.muted));
    setMuted(true);
    setVolume(0.3);
    expect(getAudioSettings()).toEqual({ volume: 0.3, muted: true });
    setMuted(false);
    unsubscribe();
    expect(seen).toEqual([true, true, false]);
  });
});
