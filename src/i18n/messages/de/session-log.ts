import type { Translation } from '../../catalogue';
import type { sessionLog as english } from '../en/session-log';

// A clause after a colon is a whole sentence here, so it begins with a capital (as German writes
// it); a `muss …` message follows the name of a field and does not.
export const sessionLog: Translation<typeof english> = {
  cannotLoad: 'Dieses Sitzungsprotokoll lässt sich nicht laden: {why}.',
  notText: 'Es ist kein Text',
  tooLarge: 'Die Datei ist größer als 2\u00a0MB, weit mehr als jedes Sitzungsprotokoll',
  notJson:
    'Es ist kein JSON (vielleicht kein Spillage-Sitzungsprotokoll, oder es ist abgeschnitten)',
  otherScenario:
    "Dieses Protokoll gehört zum Szenario ''{id}'' Version {version}; geladen ist das Szenario ''{scenario}'' Version {scenarioVersion}",
  unreadable: 'Es ließ sich nicht lesen',
  notALog: 'Es ist kein Spillage-Sitzungsprotokoll',
  aSave: 'Dies ist ein gespeichertes Einzelspiel, kein Protokoll einer moderierten Sitzung',
  otherFormat: "Es ist kein Spillage-Sitzungsprotokoll (sein Format ist ''{format}'')",
  noFormat: 'Es ist kein Spillage-Sitzungsprotokoll (es nennt kein Format)',
  otherVersion:
    'Es wurde im Protokollformat {version} geschrieben, und diese Spillage-Version liest Format {supported}',
  noVersion: 'Es nennt keine Formatversion',
  planMisfit: 'Sein Plan passt nicht zum Szenario: {problem}',
  campaignRuns: 'Eine Kampagne ist ein einziger Durchlauf, und dieses Protokoll hat {count}',
  startMissing: "{place}.log[0] muss der ''start'' des Durchlaufs sein",
  singleRole: '{place} spielt eine einzelne Rolle, aber der Plan ist eine Kampagne',
  campaignRun: '{place} spielt die Kampagne, aber der Plan spielt die Rollen einzeln',
  roleNotPlanned: "{place} spielt die Rolle ''{role}'', die nicht im Plan steht",
  tallyStray:
    "{place}[{index}].tally zählt ''{choice}'', aber das ist keine Option des Beats ''{beat}''",
  stateOtherScenario:
    "Es ist eine Sitzung des Szenarios ''{id}'', nicht von ''{scenario}'' Version {version}",
  stateNoRun: 'Es läuft kein Durchlauf',
  stateTieStray: "Sein Gleichstand nennt ''{choice}'', aber das ist hier keine Option",
  timerSpan: 'muss eine Zeitspanne von 0 bis {hours} Stunden sein, in Millisekunden',
  sessionDate:
    'muss ein Datum zwischen den Jahren 2000 und 2200 sein, in ganzen Millisekunden seit 1970',
  endedAt: 'muss nach startedAt liegen, und höchstens {days} Tage später',
  dueDay: 'muss ein Tag in der Form JJJJ-MM-TT sein, oder leer',
  orgNoteAt: 'muss eine Entscheidung als Rolle/Beat nennen, z.\u00a0B. ceo/the-ask',
  plainText: 'muss einfacher Text sein (keine Steuerzeichen)',
  oneNotePerDecision: 'darf höchstens eine Notiz je Entscheidung enthalten',
  notesNotJson: 'Es ist kein JSON',
  notesOtherScenario: "Seine Notizen gehören zum Szenario ''{scenario}'', nicht zu ''{loaded}''",
  oneLine: 'muss eine Zeile einfacher Text sein',
  roomCode: 'muss ein Raumcode aus {length} Zeichen sein',
  token: 'muss ein zufälliges Token aus 22 bis 128 Zeichen sein',
};
