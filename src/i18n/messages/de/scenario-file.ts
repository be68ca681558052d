import type { Translation } from '../../catalogue';
import type { scenarioFile as english } from '../en/scenario-file';

export const scenarioFile: Translation<typeof english> = {
  notText: 'diese Datei ist kein Text',
  notUtf8:
    'diese Datei ist kein UTF-8-Text (vielleicht wurde sie als Windows-1252 oder Latin-1 gespeichert, oder sie ist gar kein Text): speichern Sie sie als UTF-8 und laden Sie sie erneut',
  notUtf16:
    'diese Datei gibt an, {encoding}-Text zu sein, ist es aber nicht: speichern Sie sie als UTF-8 und laden Sie sie erneut',
  tooLarge:
    'diese Datei ist {megabytes, number, ::.0 group-off}\u00a0MB groß; eine Szenariodatei darf höchstens 2\u00a0MB groß sein',
  tooDeep: 'diese Datei ist mehr als {depth} Ebenen tief verschachtelt; machen Sie sie flacher',
  syntax: 'dies ist kein gültiges YAML: {detail}',
  secondDocument:
    'dies ist kein gültiges YAML: eine Szenariodatei enthält nur ein Dokument (kein zweites „---“)',
  duplicateKey: "der Schlüssel ''{key}'' steht zweimal in dieser Zuordnung; behalten Sie einen",
  alias:
    'Anker und Aliasse (& und *) sind in Szenariodateien nicht erlaubt: schreiben Sie den Text aus',
  empty: 'diese Datei ist leer',
  notMapping:
    'diese Datei muss eine Zuordnung von Schlüsseln enthalten (wie „id: …“), keinen einzelnen Wert und keine Liste',
  nestsTooDeeply: 'dieses Szenario ist zu tief verschachtelt, um es zu lesen',
  unreadable: 'dieses Szenario konnte nicht gelesen werden',
  unreadableTarget: 'diese Datei oder dieser Ordner kann nicht gelesen werden',
  checkStopped: 'die Prüfung brach unerwartet ab (ein Fehler im Spiel, nicht in Ihrer Datei)',
  inFile: '{file}: {problem}',
  noFiles: 'es wurde keine Szenariodatei angegeben',
  moreErrors:
    'und {count, plural, one {# weiterer Fehler} other {# weitere Fehler}} nicht angezeigt: beheben Sie zuerst diese',
  noScenarioFile: 'ein Szenario-Ordner braucht eine scenario.yaml',
  duplicateFile:
    'dieser Ordner enthält diese Datei zweimal (als .yaml, .yml oder .json); behalten Sie eine',
  unexpectedFile:
    'ein Szenario-Ordner enthält nur scenario.yaml, sources.yaml und roles/<role-id>.yaml',
  rolesInScenarioFile:
    "in einem Ordner steht jede Rolle in ihrer eigenen Datei roles/<role-id>.yaml, nicht unter ''roles'' in scenario.yaml",
  languageMismatch:
    "die Sprache ''{language}'' weicht vom Namen ihres Übersetzungsordners ''{folder}'' ab",
  scenarioIdMismatch: "die Szenario-ID ''{id}'' weicht vom Namen ihres Ordners ''{folder}'' ab",
  roleIdMismatch: "die Rollen-ID ''{id}'' weicht vom Namen ihrer Datei ''{file}'' ab",
  sourcesFileKey: "unbekannter Schlüssel ''{key}'' (sources.yaml enthält nur ''sources'')",
  sourcesNotList: "''sources'' sollte eine Liste von Quellen sein",
  noRoles: 'dieses Szenario hat keine Rollen: legen Sie eine Datei roles/<role-id>.yaml an',
};
