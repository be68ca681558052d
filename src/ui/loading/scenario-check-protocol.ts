import type { CheckedFiles } from '../../engine/check-scenario-files';
import type { LoadProgress, ScenarioFileInput } from '../../engine/load-scenario';

/** What the page sends the check worker: the files to check. */
export interface CheckRequest {
  files: ScenarioFileInput[];
}

/** What the check worker sends back: progress now and then, and the result once. */
export type CheckMessage =
  { kind: 'progress'; progress: LoadProgress } | { kind: 'done'; result: CheckedFiles };
