/** State id of a beat of a role. */
export const beatStateId = (role: string, beat: string): string => `role:${role}/beat:${beat}`;
/** State id of an ending of a role. */
export const endingStateId = (role: string, ending: string): string =>
  `role:${role}/ending:${ending}`;
/** State id of a role's "rejoin history" screen. */
export const rejoinStateId = (role: string): string => `role:${role}/rejoin`;

/** Where a snapshot is: role selection, a beat, an ending, or a role's rejoin screen. */
export type Place =
  | { kind: 'select' }
  | { kind: 'beat' | 'ending'; role: string; id: string }
  | { kind: 'rejoin'; role: string };

/** What every leaf state of a scenario machine carries in its `meta`: its place in the story. */
export interface PlaceMeta {
  place: Place;
}

/**
 * The place of a snapshot, read from the `meta` of its active leaf state (only leaves carry one).
 * Structural, so it takes any snapshot with `getMeta` without importing the machine.
 */
export function placeOf(snapshot: { getMeta(): Record<string, PlaceMeta | undefined> }): Place {
  const metas = Object.values(snapshot.getMeta());
  return metas.find((meta) => meta?.place)?.place ?? { kind: 'select' };
}
