/**
 * The two windows of a room session (src/ui/facilitator/facilitator-app.ts, room-link.ts,
 * room-scenario.ts): opening them, keeping them on one session, and why a session was refused.
 */
export const roomWindows = {
  backToGameKept: 'Back to the game (the session is kept)',
  noScenario: 'Its scenario is not available in this window.',
  noScenarioReason: 'its scenario is not available in this window',
  changeRefused: 'A change from the other window was refused, because {why}.',
  failed: 'That did not work: {why}',
  failedNotice: 'That did not work: {why}.',
  popUpBlocked:
    'The browser blocked the {window, select, presenter {presenter} other {projector}} window. Allow pop-ups for this page, or open {address} in a new window.',
  keptRefused: 'The kept session could not be read, because {why}.',
  keptRefusedHint:
    'The kept session could not be read (see the notice). Set up a new session, or load the session log you downloaded from it.',
  noSession: 'No session is running.',
  setUp: 'Set up a session',
  backToGame: 'Back to the game',
  notJson: 'it is not complete JSON',
  sessionScenario: "the session's scenario",
} as const;
