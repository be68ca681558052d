import type { Translation } from '../../catalogue';
import type { roomRefusals as english } from '../en/room-refusals';

// Each follows a colon („Das hat nicht geklappt: …“) as a whole sentence, so it begins with a capital.
export const roomRefusals: Translation<typeof english> = {
  noDecision: 'Gerade ist keine Entscheidung festzuhalten',
  pickOrVote:
    'Wählen Sie die Option, für die sich die Gruppe entschieden hat, oder geben Sie die Stimmen ein',
  notAChoice: "''{choice}'' ist hier keine Option",
  votesRange: 'Die Stimmen für „{label}“ müssen eine ganze Zahl von 0 bis {max} sein',
  noVotes: 'Es wurden keine Stimmen eingegeben',
  oneTeamPerRole: 'In dieser Sitzung spielt je Rolle ein Team; es entscheiden nicht alle Teams',
  notATeam: "''{team}'' ist kein Team dieser Sitzung",
  twoVotes: '{team} hat zwei Stimmen',
  tiedChoices: '{team} muss zwischen den gleichauf liegenden Optionen wählen',
  noTeamVotes: 'Noch kein Team hat gewählt',
  wrapUpNotKept: 'Der Abschluss wurde nicht gespeichert: {why}',
  questionNotKept: 'Die Frage wurde nicht gespeichert: {why}',
  tooManyTicked: 'Höchstens {max} Fragen lassen sich abhaken',
  noCheckHere: 'Hier macht die Gruppe keine Abfrage',
  roleHasNoCheck: "Die Rolle ''{role}'' hat keine Abfrage",
  checkHasNoItem: "Die Abfrage der Rolle ''{role}'' hat keinen Punkt ''{item}''",
  itemHasNoAnswer: "Der Punkt ''{item}'' hat keine Antwort ''{answer}''",
  noVoteOpen: 'Es ist keine Abstimmung offen',
  voteClosed: 'Die Abstimmung ist geschlossen',
  voteOver: 'Diese Abstimmung ist vorbei',
  notOneOfTheChoices: 'Das ist keine der Optionen',
};
