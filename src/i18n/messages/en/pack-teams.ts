/** The set-up screen's roles and teams (src/ui/facilitator/pack-team-editor.ts). */
export const packTeams = {
  plays: 'Plays {position} of {count}',
  notPlayed: 'Not played',
  campaignLegend: 'Roles and teams, in campaign order',
  rolesLegend: 'Roles to play, in playing order',
  rolesHint:
    'Tick each role the room plays and name the team that plays it; {up} and {down} set the order.',
  moveUp: 'Move up',
  moveDown: 'Move down',
  teamLabel: 'Team playing {role}',
  /** A new team's name until the facilitator types one. */
} as const;
