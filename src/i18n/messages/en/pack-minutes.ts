/** The minutes table (src/ui/facilitator/pack-minutes.ts): the set-up screen's, and the pack's run sheet. */
export const packMinutes = {
  roleHeading: '{role} ({minutes} min)',
  rolePlayedByHeading: '{role}, played by {team} ({minutes} min)',
  briefing: 'Briefing',
  scenes: 'Scenes without a decision, read aloud',
  debrief: 'Debrief',
  overview: 'Overview: the situation',
  allowance: 'Allowance: off-path branches, rejoins, tie re-votes',
  wrapUp: 'Wrap-up: discussion and report',
  /** `news` is the minutes for news arriving, or `none`. */
  narrated:
    'Narrated: {title} (history’s choice read out, no vote{news, select, none {} other {, {news} news}})',
  decision:
    'Decision: {title} ({discussion} discussion, {vote} vote and outcome{news, select, none {} other {, {news} news}})',
  part: 'Part',
  minutes: 'Minutes',
  endsBy: 'Ends by minute',
  clock: 'Clock time',
  total: 'Total',
} as const;
