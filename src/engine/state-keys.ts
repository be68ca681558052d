/** State id of a beat of a role. */
export const beatStateId = (role: string, beat: string): string => `role:${role}/beat:${beat}`;
/** State id of an ending of a role. */
export const endingStateId = (role: string, ending: string): string =>
  `role:${role}/ending:${ending}`;
/** State id of a role's "rejoin history" screen. */
export const rejoinStateId = (role: string): string => `role:${role}/rejoin`;
