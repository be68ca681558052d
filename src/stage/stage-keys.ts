/**
 * The words a scenario may use for its pictures, sounds and accents: the contract between scenario
 * data and the presentation. The stage and the sound bank are typed against these lists, and the
 * checker warns on any other word (the stage then shows the neutral room, in silence).
 */

/** Setting keys the stage draws a picture for. */
export const DRAWN_SETTINGS = [
  'home-desk',
  'lab',
  'alert-console',
  'ceo-office',
  'field-office',
] as const;

/** Setting keys with an ambient sound but the neutral picture. */
export const SOUNDED_SETTINGS = ['home', 'office', 'field', 'car-park'] as const;

/** Ambient beds: seamless loops a beat's `sound` or its setting calls for. */
export const BED_KEYS = ['ambient-home', 'ambient-lab', 'ambient-office', 'ambient-field'] as const;

/** One-off sounds a beat may open with (and the interface's own feedback). */
export const ONE_SHOT_KEYS = ['select', 'confirm', 'alert', 'teleprinter'] as const;

/** Accent colours a role may ask for (its lights and screens). */
export const ACCENT_KEYS = ['amber', 'teal', 'violet', 'federal-blue'] as const;

export type DrawnSetting = (typeof DRAWN_SETTINGS)[number];
export type SettingKey = DrawnSetting | (typeof SOUNDED_SETTINGS)[number];
export type AccentKey = (typeof ACCENT_KEYS)[number];

/** Every setting key the presentation knows (drawn or sounded). */
export const SETTING_KEYS: readonly string[] = [...DRAWN_SETTINGS, ...SOUNDED_SETTINGS];
/** Every sound key the presentation knows. */
export const SOUND_KEYS: readonly string[] = [...BED_KEYS, ...ONE_SHOT_KEYS];
