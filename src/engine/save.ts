import { describeProblems } from './describe-problems';
import { MAX_TITLE_CHARS } from './limits';
import { problem, type ProblemMessage } from './problem-message';
import { IdSchema, LogSchema, StepTimeSchema, type LogEntry } from './log-entry-schema';
import { replay } from './replay';
import type { Session } from './create-session';
import type { Scenario } from './schema';
import { z } from './zod-mini';

/** The save format's own version; bump it when the shape of a save changes. */
export const SAVE_VERSION = 1;
/** The longest save read at all (a save is its log: a few kilobytes for a whole campaign). */
export const MAX_SAVE_CHARS = 5_000_000;

/** A save, as `serializeSave` writes it; every field and log entry is checked on reading. */
export const SaveSchema = z.strictObject({
  format: z.literal('spillage-save'),
  saveVersion: z.int(),
  scenario: z.strictObject({
    id: IdSchema,
    version: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
  }),
  savedAt: z.optional(StepTimeSchema),
  log: LogSchema,
});

/** Why a save was refused. */
export type SaveProblem =
  'corrupt' | 'wrong-version' | 'other-scenario' | 'scenario-changed' | 'does-not-fit';
/** The result of reading a save: the restored session, or a problem and a message for the player. */
export type ParseSaveResult =
  | { ok: true; session: Session; log: LogEntry[] }
  | { ok: false; problem: SaveProblem; message: ProblemMessage };

/** Writes a session's log as versioned JSON. */
export function serializeSave(
  scenario: Scenario,
  log: readonly LogEntry[],
  savedAt?: number,
): string {
  const save = {
    format: 'spillage-save',
    saveVersion: SAVE_VERSION,
    scenario: { id: scenario.id, version: scenario.version },
    ...(savedAt !== undefined ? { savedAt } : {}),
    log,
  };
  return JSON.stringify(save);
}

/** Reads a save for this scenario and replays it; never throws, whatever the text. */
export function parseSave(scenario: Scenario, text: unknown): ParseSaveResult {
  const fail = (kind: SaveProblem, message: ProblemMessage): ParseSaveResult => ({
    ok: false,
    problem: kind,
    message,
  });
  try {
    if (typeof text !== 'string') return fail('corrupt', problem('playRefusals.saveNotText'));
    if (text.length > MAX_SAVE_CHARS) return fail('corrupt', problem('playRefusals.saveTooLarge'));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail('corrupt', problem('playRefusals.saveNotJson'));
    }
    const version = (data as { saveVersion?: unknown } | null)?.saveVersion;
    if (
      typeof version === 'number' &&
      version !== SAVE_VERSION &&
      (data as { format?: unknown }).format === 'spillage-save'
    ) {
      return fail(
        'wrong-version',
        problem('playRefusals.saveWrongVersion', {
          age: version < SAVE_VERSION ? 'older' : 'newer',
          version: String(version),
        }),
      );
    }
    const read = SaveSchema.safeParse(data);
    if (!read.success)
      return fail(
        'corrupt',
        problem('playRefusals.saveDamaged', { detail: describeProblems(read.error.issues, data) }),
      );
    const save = read.data;
    if (save.scenario.id !== scenario.id)
      return fail(
        'other-scenario',
        problem('playRefusals.saveOtherScenario', {
          saved: save.scenario.id,
          current: scenario.id,
        }),
      );
    if (save.scenario.version !== scenario.version) {
      return fail(
        'scenario-changed',
        problem('playRefusals.saveScenarioChanged', {
          saved: save.scenario.version,
          current: scenario.version,
        }),
      );
    }
    const log = save.log;
    const result = replay(scenario, log);
    return result.ok
      ? { ok: true, session: result.session, log }
      : fail('does-not-fit', problem('playRefusals.saveDoesNotFit', { detail: result.message }));
  } catch {
    return fail('corrupt', problem('playRefusals.saveUnreadable'));
  }
}
