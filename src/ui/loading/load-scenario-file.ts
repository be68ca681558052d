import { fileTooLarge, MAX_FILE_BYTES } from '../../engine/check-text-limits';
import { decodeScenarioBytes } from '../../engine/decode-scenario-bytes';
import type { ProblemMessage } from '../../engine/problem-message';
import type { ScenarioError } from '../../engine/scenario-error';
import type { Scenario } from '../../engine/schema';
import { showCheckProgress } from './check-progress';
import { runScenarioCheck } from './run-scenario-check';

/** A scenario file checked as the CLI checks it: the scenario and the text it was accepted as. */
export type CheckedScenarioFile =
  { ok: true; scenario: Scenario; text: string } | { ok: false; errors: ScenarioError[] };

/**
 * Reads a file the player or facilitator chose (UTF-8, or UTF-16 with a byte-order mark) and
 * checks it, showing progress with a Cancel button. Null when cancelled.
 */
export async function loadScenarioFile(file: File): Promise<CheckedScenarioFile | null> {
  const refuse = (code: string, message: ProblemMessage): CheckedScenarioFile => ({
    ok: false,
    errors: [{ file: file.name, path: '', line: 1, column: 1, code, message }],
  });
  // UTF-16 doubles ASCII text, so twice the loader's limit is the most worth reading at all.
  if (file.size > 2 * MAX_FILE_BYTES) return refuse('too-large', fileTooLarge(file.size));
  const decoded = decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return refuse('not-utf-8', decoded.message);
  return checkScenarioText(file.name, decoded.text);
}

/** Checks scenario text kept from an earlier load (or just read), with progress and Cancel. */
export async function checkScenarioText(
  fileName: string,
  text: string,
): Promise<CheckedScenarioFile | null> {
  let cancel = (): void => undefined;
  const panel = showCheckProgress(fileName, () => cancel());
  const run = runScenarioCheck([{ path: fileName, text }], panel.update);
  cancel = run.cancel;
  const result = await run.result;
  panel.remove();
  if (!result) return null;
  // The check's answer is copied in (a whole scenario, for a large file) in one task; what is done
  // with it (the next screen, the scenario's machine) runs in the next, so the page can draw between.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return result.ok ? { ok: true, scenario: result.scenario, text } : result;
}
