/**
 * What the DOM layer tells the presentation (the Phaser stage and the sound bank). Both only
 * listen: story code never calls them. Cues describe what happened, not what to draw or play.
 */
export type StageScreen =
  | 'title'
  | 'scenario-picker'
  | 'role-picker'
  | 'briefing'
  | 'beat'
  | 'outcome'
  | 'ending'
  | 'debrief';

/** Where the story stands: the screen, and the beat's setting and sound keys from the scenario. */
export interface StageState {
  screen: StageScreen;
  /** A scenario's setting key (e.g. `home-desk`, `lab`); unknown keys get a neutral backdrop. */
  setting: string | null;
  /** A scenario's sound key for the beat (e.g. `ambient-lab`, `alert`); null for silence. */
  sound: string | null;
  /** Where the role is when a screen names no setting: the role's `home` setting key. */
  home: string | null;
  /** The role's accent key (e.g. `amber`); null lets the setting choose its own. */
  accent: string | null;
}

/** The part of a stage state that comes from the role being played (its scenario data). */
export function roleStage(role: { home?: string; accent?: string } | undefined): {
  home: string | null;
  accent: string | null;
} {
  return { home: role?.home ?? null, accent: role?.accent ?? null };
}

/** One-off moments the presentation may mark with a sound or a flourish. */
export const STAGE_CUES = [
  'choice-focused',
  'choice-confirmed',
  'text-arrived',
  'meter-rose',
  'meter-fell',
  'inject-arrived',
] as const;
export type StageCue = (typeof STAGE_CUES)[number];

type StateListener = (state: StageState) => void;
type CueListener = (cue: StageCue) => void;

const stateListeners = new Set<StateListener>();
const cueListeners = new Set<CueListener>();
let currentState: StageState = {
  screen: 'title',
  setting: null,
  sound: null,
  home: null,
  accent: null,
};

/** Tells the presentation where the story stands now. */
export function announceStage(next: Partial<StageState> & { screen: StageScreen }): void {
  currentState = { setting: null, sound: null, home: null, accent: null, ...next };
  for (const listener of stateListeners) listener(currentState);
}

/** Compatibility shorthand for screens with no setting. */
export function announceScreen(screen: StageScreen): void {
  announceStage({ screen });
}

/** Subscribes to stage changes; the listener is called at once with the current state. */
export function onStageChange(listener: StateListener): () => void {
  stateListeners.add(listener);
  listener(currentState);
  return () => stateListeners.delete(listener);
}

/** Marks a one-off moment (a choice confirmed, new text, a meter moving). */
export function announceCue(cue: StageCue): void {
  for (const listener of cueListeners) listener(cue);
}

/** Subscribes to one-off moments. */
export function onStageCue(listener: CueListener): () => void {
  cueListeners.add(listener);
  return () => cueListeners.delete(listener);
}
