/**
 * The printed facilitator pack's frame (src/ui/facilitator/print-pack.ts): its screen, the cover,
 * the briefing cards (pack-cards.ts), the main line's names (pack-names.ts) and the who-knew-what
 * page (pack-who-knew-what.ts). The pack's other parts have their own areas (pack…).
 */
export const pack = {
  heading: '{title}: facilitator pack',
  print: 'Print',
  back: 'Back',
  toolbarHint:
    'Print it, or choose "Save as PDF" in the print dialog. Each briefing card prints on its own page, to hand to its team; the facilitator guide is for you alone.',
  kicker: 'Spillage · scenario version {version}{fictional, select, yes { · fictional} other {}}',
  date: 'Date',
  facilitator: 'Facilitator',
  room: 'Room',
  planHeading: 'The plan',
  mode: 'Mode',
  time: 'Time',
  timeValue: '{budget} minutes booked; the run sheet below takes {total}',
  roles: 'Roles',
  rolesValue: "{played} of the scenario''s {total}",
  teamsCaption: 'Teams, in playing order',
  turn: 'Turn',
  team: 'Team',
  role: 'Role',
  runSheet: 'Run sheet',
  runSheetHint:
    'Minutes are counted from the start of the session. Before you begin, write in the clock time each part should end by; the presenter window times each decision.',
  runSheetCaption: 'The session, part by part ({total, plural, one {# minute} other {# minutes}})',
  /** The kicker over every page the teams must not see (kit, guide, who knew what). */
  facilitatorOnly: 'Facilitator only: not for the teams',
  rolePlayedBy: '{role}, played by {team}',
  offPath: 'Off the main line',
  mainLineEnds: 'How the main line ends',
  cardKicker: 'Briefing card · for {team}',
  cardPlayedBy: 'Played by {team}',
  cardBrief: 'Your brief',
  cardKnows: 'What you know at the start',
  turnOnly: 'You play turn {turn} of {count}.',
  turnCampaignFirst:
    'You play turn {turn} of {count}. The teams after you meet the consequences of your choices.',
  turnCampaignLater:
    'You play turn {turn} of {count}. The choices of the teams before you shape the situation you meet.',
  /** Roles mode, a later turn: the role starts from the main line whatever came before. */
  turnRolesLater:
    'You play turn {turn} of {count}. Your role starts from {fictional, select, yes {the story as written} other {the scenario’s main line}}, whatever was chosen before.',
  whoKnewWhatNote:
    'Printed before the session, so no room’s choices are in it: every role follows the scenario’s main line. The after-action report draws the same picture with the choices the room made.',
} as const;
