import type { Translation } from '../../catalogue';
import type { progress as english } from '../en/progress';

// „Er“ in the reasons is the saved progress (der Fortschritt), as in cannotResume and setAside.
export const progress: Translation<typeof english> = {
  cannotResume: 'Ihr gespeicherter Fortschritt kann nicht fortgesetzt werden. {why}',
  notJson: 'Er ist beschädigt (kein vollständiges JSON).',
  damaged: 'Er ist beschädigt ({problems}).',
  scenarioUnavailableNow:
    'Sein Szenario konnte gerade nicht geladen werden (sind Sie offline?); versuchen Sie es später noch einmal.',
  scenarioGone: 'Er gehört zu einem Szenario, das nicht mehr verfügbar ist („{id}“).',
  setAside:
    'Ein gespeicherter Fortschritt konnte nicht fortgesetzt werden. {why} Er bleibt unverändert in diesem Browser: Laden Sie ihn herunter, um eine Kopie zu behalten, oder löschen Sie ihn.',
  download: 'Fortschritt herunterladen',
  forget: 'Löschen',
  savedScenario: 'Ihr gespeichertes Szenario',
  notRestored: '{problem} Ihr früherer Fortschritt konnte nicht wiederhergestellt werden.',
  refused: 'Das hat nicht geklappt: {reason}',
  notKept:
    'Dieser Browser speichert keine Daten (ein privates Fenster, oder der Speicher ist voll oder gesperrt): Sie können weiterspielen, aber Ihr Fortschritt geht verloren, wenn Sie die Seite schließen oder neu laden.',
  cannotShowShared: 'Dieser geteilte Weg kann nicht angezeigt werden: {reason}',
  sharedScenarioMissing: 'sein Szenario („{id}“) gehört nicht zu diesem Spiel.',
  damagedLink:
    'Dieser Link zu einem geteilten Weg ist beschädigt (vermutlich beim Kopieren abgeschnitten) und kann nicht geöffnet werden. Bitten Sie erneut um den Link; bis dahin können Sie vom Titel aus spielen.',
};
