/**
 * The pack's facilitator guide (src/ui/facilitator/pack-guide.ts and pack-beat-parts.ts). Each
 * checklist step is printed bold and its detail follows on the same line, as one sentence.
 */
export const packGuide = {
  heading: 'Facilitator guide',
  runningHeading: 'Running the session',
  arriveStep: 'Before the room arrives: ',
  arriveDetail:
    'set up this plan ("{facilitate}" on the title screen) and press "{start}". Keep the briefing cards ready for each team.',
  presenterStep: 'Open the presenter window ',
  presenterDetail:
    'on your own screen and put the projector window on the projector. If the browser blocks the second window, the game names the address to open.',
  timerStep: 'Start the timer ',
  timerDetail: 'once the room has read the situation ("{timer}").',
  revealStep: 'Reveal the choices ',
  revealDetail: 'when the discussion has found its feet ("{reveal}").',
  voteStep: 'Record the vote and a one-line reason: ',
  voteDetail:
    'a show of hands for each choice, or the choice the room agreed on, and the room’s reason in one line ("{record}").',
  advanceStep: 'Advance: ',
  advanceDetail:
    'read the outcome and its status label aloud, ask a question from this guide, then "{next}".',
  endStep: 'At the end: ',
  endDetail:
    '"{end}". Download the report (Markdown) and the session log (JSON); the log loads back into set-up to carry on or review the session.',
  /** The buttons the checklist quotes (set-up's and the presenter's own labels). */
  onPathHeading: 'On the main line, beat by beat',
  onPathMark: 'On the main line · step {step}',
  otherDecisions: 'Other decisions the room may reach',
  everyDecision: 'Every decision of the role',
  roleKicker: 'Facilitator guide · not for the teams',
  roleMinutes:
    'Briefing {briefing} min · {count, plural, one {# decision} other {# decisions}} on the run sheet · debrief {debrief} min',
  rejoinLabel: 'If earlier choices leave this role nothing to do',
  rejoinText:
    'The presenter offers "{rejoin}" (the scenario’s main line), and the projector shows this:',
  ending: 'Ending',
  endingHeading: '{lead}: {title}',
  discussionMinutes: 'Discussion: {minutes} min on the timer',
  offPathMinutes: 'If the room gets here: about {minutes} min',
  aboutMinutes: 'About {minutes} min',
  purpose: 'Purpose',
  discussion: 'Discussion',
  questionsToAsk: 'Questions to ask',
  playersQuestions: 'Questions the players see',
  decision: 'The decision: {prompt}',
  noDecision: 'No decision here: the room reads it and moves on.',
  roleKnows: 'The role knows',
  roleDoesNotKnow: 'The role does not know',
  debriefQuestions: 'Questions for the debrief',
  /** A choice worded differently for different situations: how many wordings it has. */
  variantsNote:
    'One choice, worded for the situation the room is in ({count, plural, one {# wording} other {# wordings}}; the room meets one):',
  outcome: 'Outcome: {status}',
  leadsTo: 'Leads to: {kind, select, ending {the ending “{title}”} other {{title}}}',
  mainLine: 'The main line',
  offeredWhen: 'Offered only when: {condition}',
  cost: 'Cost: {cost}',
} as const;
