/**
 * The room state the presenter and projector keep (in storage as `spillage.room`) and send each
 * other, read back in full: its schema checks every field, and `roomStateMisfit` checks that the
 * record plays on the scenario, so a damaged or tampered state is refused with a reason instead
 * of breaking the window that reads it. A state kept by a version before the screen flow (flags
 * instead of `screen`) is read by its own schema, and roomFlow turns its flags into a screen.
 */
import { describeProblems } from '../engine/describe-problems';
import { SCREENS } from '../flow/flow-types';
import { MAX_CHOICES } from '../engine/ids';
import { MAX_TIMER_MS } from '../engine/limits';
import { IdSchema, TallySchema } from '../engine/log-entry-schema';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/schema';
import { z } from '../engine/zod-mini';
import { wordProblem } from '../i18n/problem-words';
import { RoomRecordSchema, SessionDateSchema } from './room-record';
import { recordMisfit } from './room-record-io';
import type { KeptRoomState, LegacyRoomState, RoomState } from './room-session';
import { t } from '../i18n/translate';

const timerSpan = z.number().check(
  z.refine((v) => v >= 0 && v <= MAX_TIMER_MS, {
    // Worded when a state is refused, in the language of that moment.
    error: () => t('sessionLog.timerSpan', { hours: MAX_TIMER_MS / 3_600_000 }),
  }),
);

/** The discussion timer (see room-timer.ts). */
export const RoomTimerSchema = z.strictObject({
  durationMs: timerSpan,
  usedMs: timerSpan,
  runningSince: z.nullable(SessionDateSchema),
});

const roomStateFields = {
  sessionId: z.string().check(z.minLength(1), z.maxLength(100)),
  record: RoomRecordSchema,
  revision: z.int().check(z.gte(1)),
  revealed: z.boolean(),
  timer: RoomTimerSchema,
  tie: z.nullable(
    z.strictObject({
      choices: z.array(IdSchema).check(z.maxLength(MAX_CHOICES)),
      tally: TallySchema,
    }),
  ),
  customScenario: z.optional(z.string()),
  /** The page of a long screen on the projector (optional: states kept before it still read). */
  page: z.optional(z.int().check(z.gte(0), z.lte(19))),
  /** The check the projector shows (optional: states kept before it still read). */
  checkShown: z.optional(z.enum(['before', 'after'])),
};

/** Everything both windows hold about a session (see RoomState in room-session.ts). */
export const RoomStateSchema = z.strictObject({ ...roomStateFields, screen: z.enum(SCREENS) });

/** A room state as versions before the screen flow kept it: flags instead of `screen`. */
export const LegacyRoomStateSchema = z.strictObject({
  ...roomStateFields,
  overviewDone: z.boolean(),
  briefedRole: z.nullable(IdSchema),
  outcomePending: z.boolean(),
  ended: z.boolean(),
});

// RoomState is declared beside the commands that change it; this fails to compile if the schemas
// and the types ever drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof RoomStateSchema>, RoomState> = true;
const legacySchemaMatchesType: Same<z.infer<typeof LegacyRoomStateSchema>, LegacyRoomState> = true;
void schemaMatchesType;
void legacySchemaMatchesType;

/**
 * Reads a room state's data in full, current or kept by an earlier version (which has flags where
 * the current one has `screen`; roomFlow reads them); a refusal names the field at fault.
 */
export function readRoomState(
  data: unknown,
): { ok: true; state: KeptRoomState } | { ok: false; why: string } {
  // The shape is told by its fields, so a refusal names the field at fault in that shape rather
  // than a mismatch against both.
  const legacy =
    typeof data === 'object' && data !== null && !('screen' in data) && 'overviewDone' in data;
  const read = (legacy ? LegacyRoomStateSchema : RoomStateSchema).safeParse(data);
  return read.success
    ? { ok: true, state: read.data }
    : { ok: false, why: wordProblem(describeProblems(read.error.issues, data)) };
}

/**
 * What keeps a well-formed room state from playing on this scenario, or undefined when it plays:
 * the record must be this scenario's and fit it, a run must be under way, and a tie must be
 * between choices of the decision the room is at.
 */
export function roomStateMisfit(scenario: Scenario, state: KeptRoomState): string | undefined {
  const { id, version } = state.record.scenario;
  if (id !== scenario.id || version !== scenario.version)
    return t('sessionLog.stateOtherScenario', {
      id,
      scenario: scenario.id,
      version: scenario.version,
    });
  const misfit = recordMisfit(scenario, state.record);
  if (misfit) return misfit;
  const run = state.record.runs.at(-1);
  if (!run) return t('sessionLog.stateNoRun');
  if (state.tie) {
    const replayed = replay(scenario, run.log);
    const open = new Set(replayed.ok ? replayed.session.view().choices.map((c) => c.id) : []);
    const stray = state.tie.choices.find((choice) => !open.has(choice));
    if (stray !== undefined) return t('sessionLog.stateTieStray', { choice: stray });
  }
  return undefined;
}
