/**
 * Every sound the game has, as data: the generator (scripts/sounds/) writes these files, the
 * sound bank plays them, and the tests check that each one exists and keeps to its budget.
 */
import type { MessageKey } from '../i18n/translate';
import type { BED_KEYS, ONE_SHOT_KEYS } from '../stage/stage-keys';

/** An ambient bed: a seamless loop chosen by the stage's setting or sound key. */
export type BedId = (typeof BED_KEYS)[number];

/** A one-off sound: interface feedback, the alert stinger, the teleprinter tick. */
export type OneShotId = (typeof ONE_SHOT_KEYS)[number];

/** Any sound in the catalogue. */
export type SoundId = BedId | OneShotId;

/** How a sound is mixed and how large its files may be. */
export interface SoundEntry {
  kind: 'bed' | 'one-shot';
  /** Mix level under the master volume: beds sit well below speech from a screen reader. */
  volume: number;
  /** Largest allowed size of each encoded file, in bytes. */
  budgetBytes: number;
  /** A short text equivalent, shown as a caption when the sound plays (its message). */
  caption: MessageKey;
}

/** File formats, best first: Ogg Opus (Chromium, Firefox, recent Safari), MP3 for the rest. */
export const SOUND_FORMATS = ['opus', 'mp3'] as const;

/** Folder under `public/`, referenced relative to the page because the game is served from `./`. */
export const SOUND_FOLDER = 'sounds';

/**
 * Beds are written as [tail pad | loop | head pad] so that the loop region never touches the
 * encoders' priming or padding samples; the bank loops the middle region only (a Howler sprite).
 */
export const BED_LOOP = { padMs: 250, loopMs: 10_000 } as const;

/** Total budget for every file of every format together. */
export const TOTAL_BUDGET_BYTES = 300 * 1024;

const AMBIENT_BUDGET = 60 * 1024;
const ONE_SHOT_BUDGET = 10 * 1024;

/** The catalogue itself. */
export const SOUNDS: Readonly<Record<SoundId, SoundEntry>> = {
  'ambient-home': {
    kind: 'bed',
    volume: 0.3,
    budgetBytes: AMBIENT_BUDGET,
    caption: 'sounds.ambientHome',
  },
  'ambient-lab': {
    kind: 'bed',
    volume: 0.24,
    budgetBytes: AMBIENT_BUDGET,
    caption: 'sounds.ambientLab',
  },
  'ambient-office': {
    kind: 'bed',
    volume: 0.36,
    budgetBytes: AMBIENT_BUDGET,
    caption: 'sounds.ambientOffice',
  },
  'ambient-field': {
    kind: 'bed',
    volume: 0.24,
    budgetBytes: AMBIENT_BUDGET,
    caption: 'sounds.ambientField',
  },
  select: {
    kind: 'one-shot',
    volume: 0.35,
    budgetBytes: ONE_SHOT_BUDGET,
    caption: 'sounds.select',
  },
  confirm: {
    kind: 'one-shot',
    volume: 0.5,
    budgetBytes: ONE_SHOT_BUDGET,
    caption: 'sounds.confirm',
  },
  alert: { kind: 'one-shot', volume: 0.55, budgetBytes: ONE_SHOT_BUDGET, caption: 'sounds.alert' },
  teleprinter: {
    kind: 'one-shot',
    volume: 0.6,
    budgetBytes: ONE_SHOT_BUDGET,
    caption: 'sounds.teleprinter',
  },
};

/** All sound ids, in catalogue order. */
export const SOUND_IDS = Object.keys(SOUNDS) as SoundId[];

/** Tells whether a key from a scenario names a sound in the catalogue. */
export function isSoundId(key: string): key is SoundId {
  return Object.hasOwn(SOUNDS, key);
}

/** Tells whether a sound is an ambient bed (a loop) rather than a one-off sound. */
export function isBedId(id: SoundId): id is BedId {
  return SOUNDS[id].kind === 'bed';
}

/** The file names of one sound, one per format, relative to the page (`./sounds/alert.opus`). */
export function soundUrls(id: SoundId): string[] {
  return SOUND_FORMATS.map((format) => `./${SOUND_FOLDER}/${id}.${format}`);
}
