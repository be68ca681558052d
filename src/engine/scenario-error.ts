/** One problem found in a scenario, in words its author can act on. */
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
  message: string;
}

/** What `loadScenario` returns: a typed scenario or every error found. */
export type LoadResult<T> = { ok: true; scenario: T } | { ok: false; errors: ScenarioError[] };
