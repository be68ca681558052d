import type { Translation } from '../../catalogue';
import type { playRefusals as english } from '../en/play-refusals';

// The places (at…) follow „bei“: „bei der Rollenauswahl“, „bei Szene 'x' der Rolle 'y'“.
export const playRefusals: Translation<typeof english> = {
  saveNotText:
    'Dieser gespeicherte Fortschritt ist kein Text und damit kein Fortschritt von Spillage.',
  saveTooLarge:
    'Dieser gespeicherte Fortschritt ist größer als 5\u00a0MB, weit mehr als jeder Fortschritt von Spillage; Sie können neu beginnen.',
  saveNotJson:
    'Dieser gespeicherte Fortschritt ist beschädigt (er ist kein vollständiges JSON); Sie können neu beginnen.',
  saveWrongVersion:
    'Dieser Fortschritt wurde von einer {age, select, older {älteren} other {neueren}} Version des Spiels gespeichert (Speicherformat {version}); Sie können neu beginnen.',
  saveDamaged:
    'Dieser gespeicherte Fortschritt ist beschädigt oder stammt nicht von Spillage ({detail}); Sie können neu beginnen.',
  saveOtherScenario:
    "Dieser Fortschritt gehört zu einem anderen Szenario (''{saved}''), nicht zu ''{current}''.",
  saveScenarioChanged:
    'Dieser Fortschritt wurde mit Version {saved} des Szenarios gespeichert; jetzt ist es Version {current}, daher kann er nicht fortgesetzt werden.',
  saveDoesNotFit: 'Dieser Fortschritt passt nicht zum Szenario: {detail}',
  saveUnreadable: 'Dieser Fortschritt konnte nicht gelesen werden; Sie können neu beginnen.',
  shareInvalid: 'Dieser Code zum Teilen ist ungültig: {why}.',
  shareNotShortText: 'er ist kein kurzer Text',
  shareParts: 'er sollte vier durch ~ getrennte Teile haben (fünf mit einer Reflexion)',
  shareNoScenario: 'er nennt kein Szenario und keine Version',
  shareNoRole: 'er nennt keine Rolle',
  shareChoicesDamaged: 'die Entscheidungen darin sind beschädigt',
  shareCheckDigit: 'er wurde falsch abgetippt oder ist abgeschnitten (die Prüfziffer stimmt nicht)',
  shareReflectionDamaged: 'die Reflexion darin ist beschädigt',
  shareOtherScenario: "Dieser Code zum Teilen gehört zu einem anderen Szenario (''{scenario}'').",
  shareOtherVersion:
    'Dieser Code zum Teilen gehört zu Version {shared} des Szenarios; dies ist Version {current}.',
  shareUnknownRole: 'Dieser Code zum Teilen beginnt eine Rolle, die dieses Szenario nicht hat.',
  shareChoiceUnavailable:
    'Entscheidung {number} dieses Codes zum Teilen ist im Szenario nicht verfügbar.',
  stepMisfit:
    'Schritt {step} des gespeicherten Spielverlaufs passt nicht zu diesem Szenario: {detail}',
  expectedBeat: "erwartet war Szene ''{beat}'' der Rolle ''{role}''",
  alreadyStarted: 'die Sitzung hat bereits begonnen',
  noCampaign: 'dieses Szenario hat keine Kampagne',
  cannotStartRole: "Rolle ''{role}'' kann bei {here} nicht beginnen",
  choiceUnavailable: "Option ''{choice}'' ist bei {here} nicht verfügbar",
  noChoiceAt: 'bei {here} gibt es keine Option {index}',
  cannotContinue: 'bei {here} geht es nicht weiter',
  noNextRole: 'bei {here} gibt es keine nächste Rolle',
  noRejoin: 'bei {here} gibt es keine Geschichte, in die man wieder einsteigen kann',
  atRoleSelection: 'der Rollenauswahl',
  atRejoin: "dem Wiedereinstieg der Rolle ''{role}''",
  atBeat: "Szene ''{beat}'' der Rolle ''{role}''",
  atEnding: "Ende ''{ending}'' der Rolle ''{role}''",
};
