import type { ProblemMessage } from './problem-message';

/** One problem found in a scenario, placed where its author can act on it. */
export interface ScenarioError {
  /** The file as it was given to the loader (e.g. `usb-stick/roles/employee.yaml`). */
  file: string;
  /** Where in the merged document, by ids (e.g. `roles.employee.beats.car-park.decision.choices.plug-in.next`). */
  path: string;
  /** 1-based line and column in `file` (1:1 when the whole file is meant). */
  line: number;
  column: number;
  /** A short machine-readable kind, e.g. `unknown-key`, `dangling-reference`. */
  code: string;
  /** What is wrong, as a message code and its parameters (worded by src/i18n/problem-words.ts). */
  message: ProblemMessage;
}

/** The file an error names when it has none (no file was given), as a path stands in a listing. */
export const NO_FILE = '(no file)'; // not-translated: a stand-in for a file name, shown where paths are

/** What `loadScenario` returns: a typed scenario or every error found. */
export type LoadResult<T> = { ok: true; scenario: T } | { ok: false; errors: ScenarioError[] };
