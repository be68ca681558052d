import type { Translation } from '../../catalogue';
import type { projector as english } from '../en/projector';

// A refusal's reason comes from elsewhere, worded as a clause of its own: it follows a colon.
export const projector: Translation<typeof english> = {
  heading: 'Beamer',
  teams: 'Teams',
  briefing: '{role}: Einweisung',
  playedBy: 'Gespielt von {team}',
  whatYouKnow: 'Was Sie wissen',
  whatFollows: 'Wie es weitergeht',
  historyChoice: 'Die Wahl der Hauptlinie, vorgelesen: {choice}',
  roomChose: 'Die Gruppe hat gewählt: {choice}',
  votes: 'Stimmen {tally}',
  because: 'Begründung: {reason}',
  mainLine: 'Zurück zur Hauptlinie des Szenarios',
  debrief: 'Nachbesprechung: {ending}',
  forDiscussion: 'Zur Diskussion',
  complete: 'Sitzung beendet',
  thankYou: 'Vielen Dank. Die Moderation hat den Abschlussbericht.',
  choices: 'Optionen',
  listen: 'Hören Sie zu: Die Moderation liest vor, was gewählt wurde und was darauf folgte.',
  discuss: 'Diskutieren Sie. Die Optionen erscheinen gleich.',
  tie: 'Gleichstand ({tally}): Stimmen Sie noch einmal zwischen den hervorgehobenen Optionen ab.',
  teamChoices: 'Die Wahl jedes Teams',
  waitingForSession: 'Warten auf die Sitzung aus der Moderationsansicht …',
  waitingForServer: 'Warten auf den Raumserver …',
  notJson:
    'Die Sitzung aus der Moderationsansicht konnte nicht gelesen werden: Die Daten sind kein vollständiges JSON.',
  refused: 'Die Sitzung aus der Moderationsansicht wurde abgelehnt: {why}.',
  noScenario: 'Das Szenario der Sitzung ist in diesem Fenster nicht verfügbar.',
};
