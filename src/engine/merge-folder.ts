import { locateInYaml } from './locate-in-yaml';
import type { ParsedFile } from './parse-scenario-file';
import { problem, type ProblemMessage } from './problem-message';
import { NO_FILE, type ScenarioError } from './scenario-error';
import type { RawError } from './zod-issues-to-errors';

type Path = (string | number)[];
/** Where a merged-document path lives: which parsed file, and the path inside it. */
export type Locate = (path: Path) => { file: ParsedFile; path: Path };

const SCENARIO_FILE = /(^|\/)scenario\.(ya?ml|json)$/;
const SOURCES_FILE = /(^|\/)sources\.(ya?ml|json)$/;
const ROLE_FILE = /(^|\/)roles\/([^/]+)\.(ya?ml|json)$/;

/**
 * Merges a folder's parsed files into one document (scenario.yaml + sources + roles in file-name
 * order), with a map from merged paths back to files, and the errors only a folder can have.
 */
export function mergeFolder(
  files: ParsedFile[],
): { data: unknown; locate: Locate; early: RawError[] } | { errors: ScenarioError[] } {
  const errors: ScenarioError[] = [];
  const fileError = (file: string, code: string, message: ProblemMessage): void =>
    void errors.push({ file, path: '', line: 1, column: 1, code, message });
  const main = files.filter((f) => SCENARIO_FILE.test(f.path));
  const sources = files.filter((f) => SOURCES_FILE.test(f.path));
  const roles = files
    .filter((f) => ROLE_FILE.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const first = main[0];
  if (!first)
    fileError(
      files[0]?.path ?? NO_FILE,
      'no-scenario-file',
      problem('scenarioFile.noScenarioFile'),
    );
  for (const extra of [...main.slice(1), ...sources.slice(1)])
    fileError(extra.path, 'duplicate-file', problem('scenarioFile.duplicateFile'));
  for (const f of files) {
    if (!SCENARIO_FILE.test(f.path) && !SOURCES_FILE.test(f.path) && !ROLE_FILE.test(f.path)) {
      fileError(f.path, 'unexpected-file', problem('scenarioFile.unexpectedFile'));
    }
  }
  if (!first || errors.length > 0) return { errors };
  const base = first.data as Record<string, unknown>;
  const early: RawError[] = [];
  if ('roles' in base)
    early.push({
      path: ['roles'],
      code: 'roles-in-scenario-file',
      message: problem('scenarioFile.rolesInScenarioFile'),
      atKey: true,
    });
  const folders = first.path.split('/').slice(0, -1);
  // A translation lives in <scenario-id>/translations/<language>/ and keeps the scenario's id.
  const translatedInto = folders.at(-2) === 'translations' ? folders.at(-1) : undefined;
  const folderName = translatedInto === undefined ? folders.at(-1) : folders.at(-3);
  if (
    translatedInto !== undefined &&
    typeof base.language === 'string' &&
    base.language !== translatedInto
  )
    early.push({
      path: ['language'],
      code: 'language-mismatch',
      message: problem('scenarioFile.languageMismatch', {
        language: base.language,
        folder: translatedInto,
      }),
    });
  if (folderName !== undefined && typeof base.id === 'string' && base.id !== folderName) {
    early.push({
      path: ['id'],
      code: 'id-mismatch',
      message: problem('scenarioFile.scenarioIdMismatch', { id: base.id, folder: folderName }),
    });
  }
  const sourceFile = sources[0];
  const sourceData = sourceFile?.data as Record<string, unknown> | undefined;
  for (const key of Object.keys(sourceData ?? {})) {
    if (key !== 'sources')
      errors.push(
        placeRaw(sourceFile as ParsedFile, [key], problem('scenarioFile.sourcesFileKey', { key })),
      );
  }
  const own: unknown[] = Array.isArray(base.sources) ? (base.sources as unknown[]) : [];
  const extra: unknown[] = Array.isArray(sourceData?.sources)
    ? (sourceData.sources as unknown[])
    : [];
  if (sourceData && !Array.isArray(sourceData.sources))
    errors.push(
      placeRaw(sourceFile as ParsedFile, ['sources'], problem('scenarioFile.sourcesNotList')),
    );
  if (errors.length > 0) return { errors };
  const data = {
    ...base,
    sources: sourceFile || 'sources' in base ? [...own, ...extra] : undefined,
    roles: roles.map((r) => r.data),
  };
  if (data.sources === undefined) delete data.sources;
  if (!('roles' in base) && roles.length === 0)
    early.push({
      path: [],
      code: 'no-roles',
      message: problem('scenarioFile.noRoles'),
    });
  roles.forEach((r, i) => {
    const name = ROLE_FILE.exec(r.path)?.[2];
    const id = (r.data as { id?: unknown }).id;
    if (typeof id === 'string' && id !== name)
      early.push({
        path: ['roles', i, 'id'],
        code: 'id-mismatch',
        message: problem('scenarioFile.roleIdMismatch', { id, file: String(name) }),
      });
  });
  const locate: Locate = (path) => {
    if (path[0] === 'roles' && typeof path[1] === 'number' && roles[path[1]])
      return { file: roles[path[1]] as ParsedFile, path: path.slice(2) };
    if (
      path[0] === 'sources' &&
      typeof path[1] === 'number' &&
      path[1] >= own.length &&
      sourceFile
    ) {
      return { file: sourceFile, path: ['sources', path[1] - own.length, ...path.slice(2)] };
    }
    return { file: first, path };
  };
  return { data, locate, early };
}

function placeRaw(file: ParsedFile, path: Path, message: ProblemMessage): ScenarioError {
  const pos = locateInYaml(file.doc, file.counter, path, true);
  return {
    file: file.path,
    path: path.join('.'),
    line: pos.line,
    column: pos.column,
    code: 'unknown-key',
    message,
  };
}
