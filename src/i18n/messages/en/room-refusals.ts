/**
 * Why the room refuses a command (src/facilitation/room-*.ts, team-votes.ts, live-vote.ts): each
 * a clause the presenter, or a participant's phone, shows after "That did not work:" or the like.
 */
export const roomRefusals = {
  noDecision: 'there is no decision to record now',
  pickOrVote: 'pick the choice the room made, or enter the votes',
  notAChoice: "''{choice}'' is not a choice here",
  votesRange: 'votes for "{label}" must be a whole number from 0 to {max}',
  noVotes: 'no votes were entered',
  oneTeamPerRole: 'this session has one team per role, not every team deciding',
  notATeam: "''{team}'' is not a team of this session",
  twoVotes: '{team} has two votes',
  tiedChoices: '{team} must choose between the tied choices',
  noTeamVotes: 'no team has chosen yet',
  wrapUpNotKept: 'the wrap-up was not kept: {why}',
  questionNotKept: 'the question was not kept: {why}',
  tooManyTicked: 'at most {max} questions can be ticked',
  noCheckHere: 'the room takes no check here',
  roleHasNoCheck: "role ''{role}'' has no check",
  checkHasNoItem: "the check of role ''{role}'' has no item ''{item}''",
  itemHasNoAnswer: "item ''{item}'' has no answer ''{answer}''",
  noVoteOpen: 'no vote is open',
  voteClosed: 'the vote is closed',
  voteOver: 'that vote is over',
  notOneOfTheChoices: 'that is not one of the choices',
} as const;
