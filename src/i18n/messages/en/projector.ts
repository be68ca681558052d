/**
 * The projector window: what the room sees (src/ui/facilitator/projector-view.ts), and a projector
 * on another computer waiting for the presenter's session (remote-projector.ts).
 */
export const projector = {
  heading: 'Projector',
  teams: 'Teams',
  briefing: '{role}: briefing',
  playedBy: 'Played by {team}',
  whatYouKnow: 'What you know',
  whatFollows: 'What follows',
  historyChoice: 'History’s choice, read out: {choice}',
  roomChose: 'The room chose: {choice}',
  votes: 'Votes {tally}',
  because: 'Because: {reason}',
  mainLine: 'Back to the scenario’s main line',
  debrief: 'Debrief: {ending}',
  forDiscussion: 'For discussion',
  complete: 'Session complete',
  thankYou: 'Thank you. The facilitator has the after-action report.',
  choices: 'Choices',
  listen: 'Listen: the facilitator reads out what was chosen, and what followed.',
  discuss: 'Discuss. The choices will appear shortly.',
  tie: 'A tie ({tally}): vote again between the highlighted choices.',
  teamChoices: 'Each team’s choice',
  // remote-projector.ts
  waitingForSession: 'Waiting for the presenter’s session…',
  waitingForServer: 'Waiting for the room server…',
  notJson: 'The presenter’s session could not be read: it is not complete JSON.',
  refused: 'The presenter’s session was refused, because {why}.',
  noScenario: 'The session’s scenario is not available in this window.',
} as const;
