// The format's id and version patterns and its fixed lists, with no zod: the play path (share
// codes, saves) needs them, and must not pull the schema library into the game's first chunk.

/** Ids are kebab-case: lowercase words of letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Versions are MAJOR.MINOR.PATCH with an optional -prerelease (no "+build": share codes carry it). */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** The most choices one decision may offer (a share code stores each choice as one base-36 digit). */
export const MAX_CHOICES = 36;
/** The outcome status labels, one per outcome, shown to the player. */
export const STATUSES = [
  'reported',
  'claimed',
  'alleged',
  'opinion',
  'open-question',
  'what-if',
] as const;
