/** Why the screen flow refuses an action where it is (src/flow/flow.ts), for players and presenters. */
export const flow = {
  /**
   * A screen of the flow by its name there (select, overview, checkBefore, briefing, beat, outcome,
   * rejoin, debrief, checkAfter, report); English shows that name as it is.
   */
  screen: '{screen, select, other {{screen}}}',
  decideFirst: 'the room must decide first',
  rejoinOrEnd: 'rejoin history, or end the session',
  sessionEnded: 'the session has ended',
  /** `screen` is the screen message above. */
  nothingAfter: 'there is nothing after the {screen} here',
  choiceNotOpen: "choice ''{choice}'' is not open here",
  noDecisionNow: 'there is no decision to record now',
  extendRange: 'extend by 1 to 60 minutes',
  alreadyStarted: 'the session has already started',
  nothingToUndo: 'there is no decision to take back in this run',
  onlyBeatSkips: 'only a beat can be skipped; here, use the next action',
  roleEnded: 'the role has ended already',
  noRoleToEnd: 'there is no role under way to end here',
  noSuchPage: 'there is no such page',
  notOnScreen: 'that cannot be done on the {screen} screen',
} as const;
