import { locateInYaml } from './locate-in-yaml';
import { mergeFolder, type Locate } from './merge-folder';
import { parseScenarioFile, type ParsedFile } from './parse-scenario-file';
import { parseYamlQuickly } from './parse-yaml-quickly';
import { renderPath } from './render-path';
import type { LoadResult, ScenarioError } from './scenario-error';
import { ScenarioSchema, type Scenario } from './schema';
import { shapeCheck } from './shape-check';
import { validateScenario, type ValidateOptions } from './validate-scenario';
import { zodIssuesToErrors, type RawError } from './zod-issues-to-errors';

/** Whether zod would accept a merged document as it is (undefined if the schema cannot be compiled). */
const acceptsScenario = shapeCheck(ScenarioSchema);

/** A file handed to the loader: its path (relative, `/`-separated) and its text. */
export interface ScenarioFileInput {
  path: string;
  text: string;
}

/**
 * Loads a scenario from one whole-document file or a folder's files (scenario.yaml, sources.yaml,
 * roles/*.yaml). Pure and total: every failure comes back as a ScenarioError, never a throw.
 *
 * Two passes, for speed: js-yaml reads the files and, when every rule holds, that is the answer.
 * Anything else (a syntax the fast pass leaves alone, or any error) is read again from the start
 * with the yaml package, whose documents place each error at its file, path and line.
 */
export function loadScenario(
  files: readonly ScenarioFileInput[],
  options: ValidateOptions = {},
): LoadResult<Scenario> {
  const quick = loadQuickly(files, options);
  if (quick) return quick;
  try {
    return loadUnsafe(files, options);
  } catch (e) {
    const file = files[0]?.path ?? '(no file)';
    const message =
      e instanceof RangeError
        ? 'this scenario nests too deeply to read'
        : 'this scenario could not be read';
    return {
      ok: false,
      errors: [{ file, path: '', line: 1, column: 1, code: 'unreadable', message }],
    };
  }
}

/** The fast pass: the scenario when js-yaml read every file and every rule holds; else undefined. */
function loadQuickly(
  files: readonly ScenarioFileInput[],
  options: ValidateOptions,
): { ok: true; scenario: Scenario } | undefined {
  try {
    const parsed = parseFilesQuickly(files);
    const result = parsed && validateParsedFiles(parsed, options);
    return result?.ok ? result : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every file read by js-yaml (no documents kept), or undefined as soon as one is not in the subset
 * both parsers read alike, or is not a mapping within the limits (the benchmark times this apart).
 */
export function parseFilesQuickly(input: readonly ScenarioFileInput[]): ParsedFile[] | undefined {
  const files = asFiles(input);
  if (files.length === 0) return undefined;
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const r = parseYamlQuickly(f.text);
    if (!r) return undefined;
    parsed.push({ path: String(f.path ?? '(unnamed)'), data: r.data });
  }
  return parsed;
}

function asFiles(input: readonly ScenarioFileInput[]): readonly Partial<ScenarioFileInput>[] {
  return Array.isArray(input)
    ? (input as unknown[]).map((f) => (f !== null && typeof f === 'object' ? f : {}))
    : [];
}

function loadUnsafe(
  input: readonly ScenarioFileInput[],
  options: ValidateOptions,
): LoadResult<Scenario> {
  const files = asFiles(input);
  if (files.length === 0) {
    return {
      ok: false,
      errors: [
        {
          file: '(no file)',
          path: '',
          line: 1,
          column: 1,
          code: 'no-files',
          message: 'no scenario file was given',
        },
      ],
    };
  }
  const errors: ScenarioError[] = [];
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const r = parseScenarioFile(String(f.path ?? '(unnamed)'), f.text as string);
    if (r.ok) parsed.push(r.file);
    else errors.push(...r.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  return validateParsedFiles(parsed, options);
}

/** The second half of loading: merges parsed files and checks every rule (the benchmark times it apart). */
export function validateParsedFiles(
  parsed: ParsedFile[],
  options: ValidateOptions = {},
): LoadResult<Scenario> {
  const merged = parsed.length === 1 ? single(parsed[0] as ParsedFile) : mergeFolder(parsed);
  if ('errors' in merged) return { ok: false, errors: merged.errors };
  const { data, locate, early } = merged;
  const place = (raw: RawError): ScenarioError => {
    const where = locate(raw.path);
    const pos = locateInYaml(where.file.doc, where.file.counter, where.path, raw.atKey);
    return {
      file: where.file.path,
      path: renderPath(data, raw.path),
      line: pos.line,
      column: pos.column,
      code: raw.code,
      message: raw.message,
    };
  };
  // The compiled check first (zod jitless is the slowest step); zod itself for the issues.
  const result =
    acceptsScenario?.(data) === true
      ? { success: true as const, data: data as Scenario }
      : ScenarioSchema.safeParse(data);
  if (!result.success)
    return {
      ok: false,
      errors: sorted([...early, ...zodIssuesToErrors(result.error.issues, data)].map(place)),
    };
  const semantic = [...early, ...validateScenario(result.data, options)];
  if (semantic.length > 0) return { ok: false, errors: sorted(semantic.map(place)) };
  return { ok: true, scenario: result.data };
}

/** Errors in reading order: by file, then line, then column. */
function sorted(errors: ScenarioError[]): ScenarioError[] {
  return errors.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  );
}

function single(file: ParsedFile): { data: unknown; locate: Locate; early: RawError[] } {
  return { data: file.data, locate: (path) => ({ file, path }), early: [] };
}
