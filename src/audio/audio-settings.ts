/**
 * The settings API for the menu: one store per page, over localStorage when the browser lets us
 * use it. Safe to call before the sound bank starts and in Node (memory only).
 */
import type { AudioSettings, AudioSettingsStore, SettingsStorage } from './audio-settings-store';
import { createAudioSettingsStore } from './audio-settings-store';

export type { AudioSettings } from './audio-settings-store';

let store: AudioSettingsStore | null = null;

/** Finds localStorage; merely reading the property throws when the browser blocks storage. */
function browserStorage(): SettingsStorage | null {
  try {
    return (globalThis as { localStorage?: SettingsStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}

function theStore(): AudioSettingsStore {
  store ??= createAudioSettingsStore(browserStorage());
  return store;
}

/** The current volume (0-1) and mute. */
export function getAudioSettings(): AudioSettings {
  return theStore().get();
}

/** Sets the master volume (clamped to 0-1) and remembers it. */
export function setVolume(volume: number): void {
  theStore().setVolume(volume);
}

/** Mutes or unmutes every sound and remembers it. */
export function setMuted(muted: boolean): void {
  theStore().setMuted(muted);
}

/** Calls `listener` after every change of volume or mute; returns the unsubscribe function. */
export function onAudioSettingsChange(listener: (settings: AudioSettings) => void): () => void {
  return theStore().subscribe(listener);
}
