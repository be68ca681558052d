import type { Translation } from '../../catalogue';
import type { setup as english } from '../en/setup';

export const setup: Translation<typeof english> = {
  heading: 'Sitzung vorbereiten',
  kicker: 'Moderationsmodus',
  lede: 'Wählen Sie das Szenario, wer welche Rolle spielt und wie viel Zeit Sie haben. Drucken Sie das Druckpaket für sich und die Teams aus und starten Sie dann: Die Sitzung öffnet sich in zwei Fenstern, dem Beamer für die Gruppe und der Moderationsansicht für Sie.',
  scenarioInLanguage: '{title} (auf {language}: noch keine Übersetzung)',
  printPack: 'Druckpaket drucken',
  start: 'Sitzung starten',
  back: 'Zurück',
  problems: 'Bevor die Sitzung starten kann',
  scenario: 'Szenario',
  scenarioFacts:
    '{roles, plural, one {# Rolle} other {# Rollen}} · etwa {minutes} Minuten allein gespielt{fictional, select, yes { · fiktiv} other {}}',
  noCampaign: '{mode} (dieses Szenario hat keine Kampagne)',
  howRoomPlays: 'Wie die Gruppe spielt',
  budget: 'Verfügbare Zeit',
  runSheet: 'Der Ablaufplan',
  runSheetCaption:
    '{minutes} Minuten, Teil für Teil, nach den Minuten, die das Szenario für jede Diskussion vorsieht (die Uhr zählt diese herunter)',
  minutesLater: 'Die Minuten erscheinen hier, sobald die Probleme unten behoben sind.',
  logHeading: 'Gespeicherte Sitzung fortsetzen oder ansehen',
  logHint:
    'Das Sitzungsprotokoll ist die JSON-Datei, die der Berichtsbildschirm herunterlädt. Geladen öffnet es die Sitzung dort, wo sie aufgehört hat, oder ihren Bericht, wenn sie beendet war.',
  loadLog: 'Sitzungsprotokoll laden (JSON)',
  scenarioFile: 'Oder eigene Szenariodatei laden (YAML oder JSON)',
  ownPlan: 'Eigener Plan (unten bearbeiten)',
  preset: 'Vorlage',
  presetHint:
    'Jede Vorlage passt in ihre Zeit, mit den Minuten, die das Szenario für jede Diskussion vorsieht; wo nötig, erzählt sie die kürzesten Entscheidungen, statt über sie abstimmen zu lassen.',
  addTeam: 'Team hinzufügen',
  removeTeam: 'Letztes Team entfernen',
  whoDecides: 'Wer entscheidet',
  oneTeamPerRole: 'Ein Team pro Rolle; die anderen schauen zu und diskutieren',
  everyTeamDecides: 'Jedes Team trifft jede Entscheidung; der Beamer vergleicht sie',
  narrated:
    '{count, plural, one {# Entscheidung wird} other {# Entscheidungen werden}} erzählt: Sie lesen die Wahl der Hauptlinie und ihr Ergebnis vor, und die Gruppe stimmt nicht ab.',
  fits: 'Dieser Plan braucht {total} Ihrer {budget} Minuten.',
  narrateToFit: 'Entscheidungen erzählen, bis es passt',
  overTime: 'Dieser Plan passt nicht in die Zeit',
  cut: 'Kürzen Sie etwas:',
  forOrganisation: 'Für Ihre Organisation',
  unnamed: 'Hersteller ohne Namen zeigen (für ein Firmenpublikum)',
  unnamedHint:
    'Auf dem Beamer, in der Moderationsansicht, im Druckpaket und im Bericht: {names}. Auszüge aus der Quelle zeigen die Wörter in [eckigen Klammern]; ihre Quellenangaben und Daten bleiben, wie sie sind.',
  unnamedExcerptHint: 'In den Auszügen, die auf {language} bleiben: {names}.',
  downloadNotes: 'Notizen herunterladen (JSON)',
  notesSummary:
    'In unserer Organisation: Ihre Notizen je Entscheidung ({written} geschrieben{full, select, yes {, mehr behält eine Sitzung nicht} other {}})',
  notesHint:
    'Schreiben Sie zu einer Entscheidung, was Ihre Organisation dazu tut: ihre Richtlinie, ihren Meldeweg, wen man anruft. Das Druckpaket druckt jede Notiz neben ihre Entscheidung, und die Moderationsansicht zeigt sie dort, gekennzeichnet als Notiz Ihrer Organisation, nicht als Teil der Geschichte. Die Notizen bleiben für dieses Szenario auf diesem Gerät; laden Sie sie herunter, um sie an einem anderen Computer zu nutzen.',
  loadNotes: 'Notizen laden (JSON)',
  notesTooLarge: '{file} ist zu groß für eine Notizdatei (höchstens 1\u00a0MB).',
  notesRefused: '{file} kann nicht geladen werden: {why}.',
  notesLoaded: '{count, plural, one {# Notiz} other {# Notizen}} aus {file} geladen.',
  notesLoadedDropped:
    '{count, plural, one {# Notiz} other {# Notizen}} aus {file} geladen. {dropped, plural, one {# davon gehörte zu einer Entscheidung, die dieses Szenario nicht hat ({decisions}), und wurde nicht geladen.} other {# davon gehörten zu Entscheidungen, die dieses Szenario nicht hat ({decisions}), und wurden nicht geladen.}}',
  scenarioError: '{file}, Zeile {line}: {message}',
  scenarioErrorAt: '{file}, Zeile {line} ({path}): {message}',
  cantPlay: '{file} kann nicht gespielt werden: {errors}.',
  cantPlayMore: '{file} kann nicht gespielt werden: {errors}. … und {more} weitere.',
  logTooLarge: '{file} ist zu groß für ein Sitzungsprotokoll (höchstens 2\u00a0MB).',
  logNotJson: '{file} ist kein Sitzungsprotokoll: Die Datei ist kein JSON.',
  logScenarioMissing:
    '{file} kann nicht geladen werden: Das Szenario der Datei ({scenario}) ist nicht in dieses Spiel eingebaut; laden Sie zuerst diese Szenariodatei.',
  noScenarioId: 'keines',
  logRefused: '{file} kann nicht geladen werden: {why}',
};
