/**
 * The player's volume and mute, kept across visits in storage under `spillage.audio`. Storage
 * may be missing or throw (private windows, blocked cookies, a full quota): the settings then
 * live in memory for the visit, and nothing else changes.
 */

/** What the settings menu shows and changes. */
export interface AudioSettings {
  /** Master volume, 0 (silent) to 1 (full). */
  volume: number;
  muted: boolean;
}

/** The part of the Web Storage API the store uses (so tests can pass a fake). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The store behind the settings API. */
export interface AudioSettingsStore {
  get(): AudioSettings;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  subscribe(listener: (settings: AudioSettings) => void): () => void;
}

/** The storage key. */
export const AUDIO_SETTINGS_KEY = 'spillage.audio';

/** Settings for a first visit: sound on, a little under full so the first cue never startles. */
export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = { volume: 0.7, muted: false };

/** Clamps a volume into 0-1; anything that is not a finite number falls back to the default. */
export function clampVolume(volume: unknown): number {
  if (typeof volume !== 'number' || !Number.isFinite(volume)) return DEFAULT_AUDIO_SETTINGS.volume;
  return Math.min(1, Math.max(0, volume));
}

/** Reads stored text leniently: a damaged or foreign value yields the defaults for what it lacks. */
export function parseAudioSettings(text: string | null): AudioSettings {
  if (text === null) return { ...DEFAULT_AUDIO_SETTINGS };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ...DEFAULT_AUDIO_SETTINGS };
  }
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    volume: 'volume' in record ? clampVolume(record.volume) : DEFAULT_AUDIO_SETTINGS.volume,
    muted: typeof record.muted === 'boolean' ? record.muted : DEFAULT_AUDIO_SETTINGS.muted,
  };
}

/** Creates a store over `storage` (null: memory only). */
export function createAudioSettingsStore(storage: SettingsStorage | null): AudioSettingsStore {
  const listeners = new Set<(settings: AudioSettings) => void>();
  let settings = parseAudioSettings(tryRead(storage));

  const update = (next: AudioSettings): void => {
    if (next.volume === settings.volume && next.muted === settings.muted) return;
    settings = next;
    tryWrite(storage, JSON.stringify(settings));
    for (const listener of listeners) listener({ ...settings });
  };

  return {
    get: () => ({ ...settings }),
    setVolume: (volume) => update({ ...settings, volume: clampVolume(volume) }),
    setMuted: (muted) => update({ ...settings, muted }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function tryRead(storage: SettingsStorage | null): string | null {
  try {
    return storage?.getItem(AUDIO_SETTINGS_KEY) ?? null;
  } catch {
    return null;
  }
}

function tryWrite(storage: SettingsStorage | null, text: string): void {
  try {
    storage?.setItem(AUDIO_SETTINGS_KEY, text);
  } catch {
    // Quota or privacy mode: the in-memory value still holds for this visit.
  }
}
