/**
 * Recording the room's decision on the presenter (src/ui/facilitator/vote-form.ts and
 * team-vote-form.ts): a show of hands, phones, or every team's own choice.
 */
export const roomVote = {
  quoted: '“{text}”',
  choose: 'Choose…',
  votesFor: 'Votes for “{choice}”',
  heading: "The room's decision",
  tie: 'A tie: ask the room again between {choices}.',
  reason: 'The room’s reason, in one line',
  handsAndPhones: 'Hands raised in the room (added to the phone votes)',
  secondRound: 'Votes, second round',
  showOfHands: 'Votes (a show of hands)',
  closePhoneVote: 'Close the phone vote and record it',
  recordVotes: 'Record the votes',
  withoutVote: 'Or, without a vote',
  agreedOn: 'The room agreed on',
  recordChoice: 'Record this choice',
  // Every team decides (team-vote-form.ts).
  noPhoneVote: 'No phone has voted for this team yet.',
  phonesMost: 'Phones: {phones, plural, one {# phone} other {# phones}}, most chose “{choice}”.',
  phonesSplit:
    'Phones: {phones, plural, one {# phone} other {# phones}}, split evenly: ask the team.',
  noTeam: 'no team',
  unmatched:
    '{count, plural, one {# phone gave} other {# phones gave}} a team that is not in this session ({teams}): not counted for any team. They can rejoin with their team’s name.',
  teamChose: '{team} chose',
  teamReason: '{team}’s reason, in one line',
  teamsHeading: 'Every team’s decision',
  teamsTie: 'A tie: ask the teams again between {choices}.',
  followsMost: 'The story follows the choice most teams made.',
  fillFromPhones: 'Fill in from phones',
  recordTeams: 'Record the teams’ choices',
} as const;
