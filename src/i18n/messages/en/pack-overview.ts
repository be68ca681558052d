/** The pack's situation overview (src/ui/facilitator/pack-overview.ts), read before the first role. */
export const packOverview = {
  heading: 'The situation',
  fictional:
    'This scenario is made up for training. Nothing in it happened, and it cites no source.',
  real: 'This scenario follows a real incident. Every outcome cites the excerpt of the source it rests on, and says nothing about real people that the source does not.',
  objectives: 'Learning objectives',
  objectivesHint:
    'Each role’s own objectives are in the presenter’s notes, not on the briefing cards: they would give the answers away.',
  roomSeesHeading: 'What the room will see',
  seesSituation: 'The situation: the scenario’s summary and which team plays which role.',
  seesBriefing: 'Each role’s briefing and what the role knows at the start.',
  seesDecision:
    'Each decision: the scene, any news arriving, the timer and the question. The choices, with what each one costs, appear when you reveal them.',
  seesVote:
    'After the vote: the room’s choice, the tally and the one-line reason, then what follows, with a label saying how sure the source is and the excerpt it rests on.',
  seesDebrief:
    'Each role’s debrief: how its story ended, what the source says, and questions for discussion.',
  seesEnd: 'At the end: who knew what, when. What every role knew at each moment, side by side.',
  neverShown:
    'The projector never shows your notes, what a role does not know, or which choice the source says was done before the debrief. Those are in the facilitator guide at the back of this pack.',
  rulesHeading: 'Ground rules for discussion',
  /** Each ground rule is printed bold, then its reason after a space. */
  claimsRule: 'Claims stay claims.',
  claimsWhy:
    'Say who says so: “the company says”, “reports allege”. One party’s account repeated often does not become a fact.',
  thenRule: 'Argue from what the role knew then.',
  thenWhy:
    'Hindsight is for the debrief: each decision is taken with only what the role knows at that moment.',
  noRightRule: 'No choice is the obvious right answer.',
  noRightWhy: 'Each one costs something the role cares about; name the cost you are accepting.',
  roleRule: 'Talk about the role, not the people in the room.',
  roleWhy: 'Teams speak for their role; every reason heard is worth recording.',
  statusHeading: 'How sure the source is: the status labels',
  statusHint: 'Every outcome carries one of these labels. Read it out with the outcome.',
} as const;
