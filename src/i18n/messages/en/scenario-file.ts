import type { ProblemKeysIn } from '../../../engine/problem-message';

/** Reading a scenario's files (src/engine/parse-scenario-file.ts, load-scenario.ts, merge-folder.ts). */
export const scenarioFile = {
  notText: 'this file is not text',
  notUtf8:
    'this file is not UTF-8 text (perhaps it was saved as Windows-1252 or Latin-1, or is not text at all): save it as UTF-8 and load it again',
  notUtf16: 'this file says it is {encoding} text but is not: save it as UTF-8 and load it again',
  tooLarge:
    'this file is {megabytes, number, ::.0 group-off} MB; a scenario file may be at most 2 MB',
  tooDeep: 'this file nests more than {depth} levels deep; flatten it',
  syntax: 'this is not valid YAML: {detail}',
  secondDocument: 'this is not valid YAML: a scenario file holds one document (no second "---")',
  duplicateKey: "the key ''{key}'' is written twice in this mapping; keep one",
  alias: 'anchors and aliases (& and *) are not allowed in scenario files: write the text out',
  empty: 'this file is empty',
  notMapping: 'this file must hold a mapping of keys (like "id: …"), not a single value or a list',
  nestsTooDeeply: 'this scenario nests too deeply to read',
  unreadable: 'this scenario could not be read',
  unreadableTarget: 'this file or folder cannot be read',
  checkStopped: 'the check stopped unexpectedly (an error in the game, not in your file)',
  inFile: '{file}: {problem}',
  noFiles: 'no scenario file was given',
  moreErrors:
    'and {count, plural, one {# more error} other {# more errors}} not shown: fix these first',
  noScenarioFile: 'a scenario folder needs a scenario.yaml',
  duplicateFile: 'this folder has this file twice (as .yaml, .yml or .json); keep one',
  unexpectedFile:
    'a scenario folder holds only scenario.yaml, sources.yaml and roles/<role-id>.yaml',
  rolesInScenarioFile:
    "in a folder, each role goes in its own file roles/<role-id>.yaml, not under ''roles'' in scenario.yaml",
  languageMismatch:
    "the language ''{language}'' differs from its translation folder''s name ''{folder}''",
  scenarioIdMismatch: "the scenario id ''{id}'' differs from its folder name ''{folder}''",
  roleIdMismatch: "the role id ''{id}'' differs from its file name ''{file}''",
  sourcesFileKey: "unknown key ''{key}'' (sources.yaml holds only ''sources'')",
  sourcesNotList: "''sources'' should be a list of sources",
  noRoles: 'this scenario has no roles: add a file roles/<role-id>.yaml',
} as const satisfies Record<ProblemKeysIn<'scenarioFile'>, string>;
