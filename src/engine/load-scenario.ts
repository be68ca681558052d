import { shortenRuns } from './limits';
import { locateInYaml } from './locate-in-yaml';
import { mergeFolder, type Locate } from './merge-folder';
import { parseScenarioFileSteps, type ParsedFile } from './parse-scenario-file';
import { problem, shortenMessage, withParams } from './problem-message';
import { renderPath } from './render-path';
import { NO_FILE, type LoadResult, type ScenarioError } from './scenario-error';
import { ScenarioSchema, type Scenario } from './schema';
import { validateScenario, type ValidateOptions } from './validate-scenario';
import { zodIssuesToErrors, type RawError } from './zod-issues-to-errors';

/** Most errors one load reports; past it, one last entry says how many more there are. */
export const MAX_REPORTED_ERRORS = 100;

/** A file handed to the loader: its path (relative, `/`-separated) and its text. */
export interface ScenarioFileInput {
  path: string;
  text: string;
}

/** Where a path of the loaded document was written: its file, line and column. */
export type PlaceOf = (path: (string | number)[]) => Omit<ScenarioError, 'code' | 'message'>;
/** What loadScenarioSteps returns: a LoadResult, and on success a way to place later findings. */
export type Loaded =
  { ok: true; scenario: Scenario; placeOf: PlaceOf } | (LoadResult<Scenario> & { ok: false });

/** How far a load (or a load and check) has come: which step, and characters read of the total. */
export interface LoadProgress {
  step: 'read' | 'validate' | 'check';
  done: number;
  total: number;
}

/**
 * Loads a scenario from one whole-document file or a folder's files (scenario.yaml, sources.yaml,
 * roles/*.yaml), read by the yaml package, whose documents place each error at its file, path and
 * line. Pure and total: every failure comes back as a ScenarioError, never a throw. Every step is
 * linear (or n log n) in the size of the input, and at most MAX_REPORTED_ERRORS errors are shown.
 */
export function loadScenario(
  files: readonly ScenarioFileInput[],
  options: ValidateOptions = {},
): LoadResult<Scenario> {
  return runToEnd(loadScenarioSteps(files, options));
}

/** Runs a stepwise job to its end at once, and returns what it returns. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** loadScenario, one step at a time: yields progress between steps (see parseScenarioFileSteps). */
export function* loadScenarioSteps(
  files: readonly ScenarioFileInput[],
  options: ValidateOptions = {},
): Generator<LoadProgress, Loaded, void> {
  try {
    return yield* loadUnsafe(files, options);
  } catch (e) {
    const file = files[0]?.path ?? NO_FILE;
    const message = problem(
      e instanceof RangeError ? 'scenarioFile.nestsTooDeeply' : 'scenarioFile.unreadable',
    );
    return {
      ok: false,
      errors: [{ file, path: '', line: 1, column: 1, code: 'unreadable', message }],
    };
  }
}

function* loadUnsafe(
  input: readonly ScenarioFileInput[],
  options: ValidateOptions,
): Generator<LoadProgress, Loaded, void> {
  const files: readonly Partial<ScenarioFileInput>[] = Array.isArray(input)
    ? (input as unknown[]).map((f) => (f !== null && typeof f === 'object' ? f : {}))
    : [];
  if (files.length === 0) {
    const message = problem('scenarioFile.noFiles');
    return {
      ok: false,
      errors: [{ file: NO_FILE, path: '', line: 1, column: 1, code: 'no-files', message }],
    };
  }
  const total = files.reduce((n, f) => n + (typeof f.text === 'string' ? f.text.length : 0), 0);
  let before = 0;
  const errors: ScenarioError[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const steps = parseScenarioFileSteps(String(f.path ?? '(unnamed)'), f.text as string);
    let step = steps.next();
    for (; !step.done; step = steps.next())
      yield { step: 'read', done: before + step.value, total };
    if (step.value.ok) parsed.push(step.value.file);
    // One by one: spreading 100,000 syntax errors into push() overflows the call stack.
    else for (const error of step.value.errors) errors.push(error);
    before += typeof f.text === 'string' ? f.text.length : 0;
  }
  if (errors.length > 0) return { ok: false, errors: capped(sorted(errors)) };
  yield { step: 'validate', done: total, total };
  return validateParsedFiles(parsed, options);
}

/** The second half of loading: merges parsed files and checks every rule. */
function validateParsedFiles(parsed: ParsedFile[], options: ValidateOptions): Loaded {
  const merged = parsed.length === 1 ? single(parsed[0] as ParsedFile) : mergeFolder(parsed);
  if ('errors' in merged) return { ok: false, errors: capped(sorted(merged.errors)) };
  const { data, locate, early } = merged;
  const result = ScenarioSchema.safeParse(data);
  const raw = result.success
    ? [...early, ...validateScenario(result.data, options)]
    : [...early, ...zodIssuesToErrors(result.error.issues, data)];
  if (raw.length === 0 && result.success) {
    const placeOf: PlaceOf = (path) => {
      const where = locate(path);
      const pos = locateInYaml(where.file.doc, where.file.counter, where.path);
      return { file: where.file.path, path: renderPath(data, path), ...pos };
    };
    return { ok: true, scenario: result.data, placeOf };
  }
  return { ok: false, errors: report(raw, data, locate) };
}

/**
 * Places every raw error in its file (each mapping indexed once), sorts them, and keeps the first
 * MAX_REPORTED_ERRORS; only those get their path rendered by ids and their "did you mean".
 */
function report(raw: RawError[], data: unknown, locate: Locate): ScenarioError[] {
  const placed = raw.map((error) => {
    const where = locate(error.path);
    const pos = locateInYaml(where.file.doc, where.file.counter, where.path, error.atKey);
    return { error, file: where.file.path, line: pos.line, column: pos.column };
  });
  const kept = sorted(placed).slice(0, MAX_REPORTED_ERRORS);
  const shown: ScenarioError[] = kept.map(({ error, file, line, column }) => ({
    file,
    path: renderPath(data, error.path),
    line,
    column,
    code: error.code,
    message: error.hint ? withParams(error.message, { hint: error.hint() }) : error.message,
  }));
  return withMore(shown, placed.length);
}

/** Errors in reading order: by file, then line, then column. */
function sorted<T extends { file: string; line: number; column: number }>(errors: T[]): T[] {
  return errors.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  );
}

function capped(errors: ScenarioError[]): ScenarioError[] {
  return withMore(errors.slice(0, MAX_REPORTED_ERRORS), errors.length);
}

/**
 * The shown errors, each with long ids and values in its path and message shortened (shortenRuns),
 * and when some were left out, one last entry that says how many.
 */
export function withMore(errors: ScenarioError[], total: number): ScenarioError[] {
  const shown = errors.map((e) => ({
    ...e,
    path: e.path
      .split('.')
      .map((id) => shortenRuns(id))
      .join('.'),
    message: shortenMessage(e.message),
  }));
  const more = total - shown.length;
  if (more <= 0) return shown;
  const file = shown[shown.length - 1]?.file ?? NO_FILE;
  const message = problem('scenarioFile.moreErrors', { count: more });
  return [...shown, { file, path: '', line: 1, column: 1, code: 'more-errors', message }];
}

function single(file: ParsedFile): { data: unknown; locate: Locate; early: RawError[] } {
  return { data: file.data, locate: (path) => ({ file, path }), early: [] };
}
