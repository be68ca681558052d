import type { Translation } from '../../catalogue';
import type { roomVote as english } from '../en/room-vote';

export const roomVote: Translation<typeof english> = {
  quoted: '„{text}“',
  choose: 'Bitte wählen …',
  votesFor: 'Stimmen für „{choice}“',
  heading: 'Die Entscheidung der Gruppe',
  tie: 'Gleichstand: Lassen Sie die Gruppe noch einmal zwischen {choices} abstimmen.',
  reason: 'Die Begründung der Gruppe, in einer Zeile',
  handsAndPhones: 'Handzeichen im Raum (zu den Handy-Stimmen addiert)',
  secondRound: 'Stimmen, zweite Runde',
  showOfHands: 'Stimmen (per Handzeichen)',
  closePhoneVote: 'Handy-Abstimmung schließen und erfassen',
  recordVotes: 'Stimmen erfassen',
  withoutVote: 'Oder ohne Abstimmung',
  agreedOn: 'Die Gruppe hat sich geeinigt auf',
  recordChoice: 'Diese Wahl erfassen',
  noPhoneVote: 'Für dieses Team hat noch kein Handy abgestimmt.',
  phonesMost:
    'Handys: {phones, plural, one {# Handy} other {# Handys}}, die meisten wählten „{choice}“.',
  phonesSplit:
    'Handys: {phones, plural, one {# Handy} other {# Handys}}, Gleichstand: Fragen Sie das Team.',
  noTeam: 'kein Team',
  unmatched:
    '{count, plural, one {# Handy nannte} other {# Handys nannten}} ein Team, das es in dieser Sitzung nicht gibt ({teams}): für kein Team gezählt. Diese Handys können mit dem Namen ihres Teams erneut beitreten.',
  teamChose: 'Wahl von {team}',
  teamReason: 'Begründung von {team}, in einer Zeile',
  teamsHeading: 'Die Entscheidung jedes Teams',
  teamsTie: 'Gleichstand: Lassen Sie die Teams noch einmal zwischen {choices} wählen.',
  followsMost: 'Die Geschichte folgt der Wahl der meisten Teams.',
  fillFromPhones: 'Von den Handys übernehmen',
  recordTeams: 'Wahl der Teams erfassen',
};
