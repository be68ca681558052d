import type { Translation } from '../../catalogue';
import type { picker as english } from '../en/picker';

export const picker: Translation<typeof english> = {
  chooseScenario: 'Szenario wählen',
  play: '{name} spielen',
  onlyIn: 'Nur auf {language}: noch keine Übersetzung',
  cardMeta:
    '{roles, plural, one {# Rolle} other {# Rollen}} · etwa {minutes, plural, one {# Minute} other {# Minuten}}',
  loadHeading: 'Eigenes Szenario laden',
  loadHint:
    'Wählen Sie eine Szenario-Datei aus oder ziehen Sie sie hierher (YAML oder JSON mit dem ganzen Szenario). Sie bleibt auf diesem Gerät.',
  fileLabel: 'Szenario-Datei',
  cannotPlay:
    '{file} kann nicht gespielt werden: {count, plural, one {# Problem} other {# Probleme}}',
  problemAt: '{file}, Zeile {line}: {message}',
  problemAtPath: '{file}, Zeile {line} ({path}): {message}',
  moreProblems: '…und {count} weitere.',
  checking: '{file} wird geprüft: {step}…',
  checkingLabel: '{file} wird geprüft',
  stepStart: 'wird gestartet',
  stepRead: 'Datei wird gelesen',
  stepValidate: 'jede Regel des Formats wird geprüft',
  stepCheck: 'jeder Pfad wird auf Sackgassen verfolgt',
  cancel: 'Abbrechen',
  noFile: '(keine Datei)',
  chooseRole: 'Wählen Sie Ihre Rolle',
  roles: 'Rollen',
  campaign: 'Die ganze Kampagne',
  then: '{earlier}, dann {next}',
  campaignText:
    'Spielen Sie alle Rollen der Reihe nach: {roles}. Die Entscheidungen jeder Rolle prägen, was die nächste erwartet.',
  playCampaign: 'Die ganze Kampagne spielen',
};
