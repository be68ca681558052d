/** "Who knew what, when": the table and the picture (src/ui/parts/who-knew-what*.ts). */
export const whoKnew = {
  heading: 'Who knew what, when',
  intro:
    'The same incident seen from every role at once: what each could see at each moment, and what it could not.',
  caption: 'What each role knew, did not know and chose, moment by moment',
  when: 'When',
  notAtThisMoment: 'Not at this moment',
  knew: 'Knew',
  didNotKnow: 'Did not know',
  /** Before the choice a played lane made ("Chose: …"). */
  chose: 'Chose',
  pictureHint: 'Point at a mark, or Tab to it, to see what that role knew at that moment.',
  pictureLabel:
    'Who knew what, when: {roles, plural, one {# role} other {# roles}} on {moments, plural, one {# moment} other {# moments}}',
  axis: 'Moments on the time axis',
  /** The key's words for the filled marks. */
  keyPlayed: 'the choices played here',
  /** A mark read aloud: `choice` is markChose, markNoDecision or the main line's choice. */
  markLabel: '{role}, {moment}: {beat}; {choice}',
  markChose: 'chose {choice}',
  markNoDecision: 'no decision here',
} as const;
