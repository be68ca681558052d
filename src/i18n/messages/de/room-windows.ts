import type { Translation } from '../../catalogue';
import type { roomWindows as english } from '../en/room-windows';

// A refusal's reason comes from elsewhere, worded as a clause of its own: it follows a colon.
export const roomWindows: Translation<typeof english> = {
  backToGameKept: 'Zurück zum Spiel (die Sitzung bleibt erhalten)',
  noScenario: 'Das Szenario der Sitzung ist in diesem Fenster nicht verfügbar.',
  noScenarioReason: 'Das Szenario der Sitzung ist in diesem Fenster nicht verfügbar',
  changeRefused: 'Eine Änderung aus dem anderen Fenster wurde abgelehnt: {why}.',
  failed: 'Das hat nicht geklappt: {why}',
  failedNotice: 'Das hat nicht geklappt: {why}.',
  popUpBlocked:
    'Der Browser hat das Fenster {window, select, presenter {der Moderationsansicht} other {des Beamers}} blockiert. Erlauben Sie Pop-ups für diese Seite, oder öffnen Sie {address} in einem neuen Fenster.',
  keptRefused: 'Die gespeicherte Sitzung konnte nicht gelesen werden: {why}.',
  keptRefusedHint:
    'Die gespeicherte Sitzung konnte nicht gelesen werden (siehe Hinweis). Bereiten Sie eine neue Sitzung vor, oder laden Sie das Sitzungsprotokoll, das Sie aus ihr heruntergeladen haben.',
  noSession: 'Es läuft keine Sitzung.',
  setUp: 'Sitzung vorbereiten',
  backToGame: 'Zurück zum Spiel',
  notJson: 'Der Inhalt ist kein vollständiges JSON',
  sessionScenario: 'das Szenario der Sitzung',
};
