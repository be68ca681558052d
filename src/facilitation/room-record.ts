/**
 * What a facilitated session keeps, and exports as JSON: the plan and the engine log of every run.
 * Every screen and the after-action report are rebuilt from it, so it is also what a reloaded
 * window recovers and what "load a session log" reads back. The schemas below are the one
 * definition of these shapes: the types are inferred from them, and every reader uses them.
 */
import { IdSchema, LogSchema, ReasonSchema } from '../engine/log-entry-schema';
import {
  EARLIEST_DATE_MS,
  LATEST_DATE_MS,
  MAX_ID_CHARS,
  MAX_SESSION_MS,
  MAX_TEAM_NAME_CHARS,
  MAX_TEAMS,
  MAX_TITLE_CHARS,
  MAX_LOG_ENTRIES,
} from '../engine/limits';
import { z } from '../engine/zod-mini';
import { RoomCheckTallySchema } from './room-check';
import { DiscussedListSchema, WrapUpSchema } from './wrap-up';
import { OrgNotesSchema } from './org-notes';
import { t } from '../i18n/translate';

export const ROOM_RECORD_FORMAT = 'spillage-room-session';
export const ROOM_RECORD_VERSION = 1;

/** A role and the team (a free name, e.g. "Table 3") that plays it. */
export const TeamAssignmentSchema = z.strictObject({
  role: IdSchema,
  team: z.string().check(z.maxLength(MAX_TEAM_NAME_CHARS)),
});

/**
 * A session's plan. `mode` 'campaign': the scenario's campaign, every role in its campaign order,
 * each role's choices shaping the next; 'roles': the chosen roles one after another, each
 * starting from the scenario's main line. `teams`: the roles played, in playing order. `budgetMinutes`: the whole
 * session's length, e.g. 60 or 90 (checkPlan holds it to its bounds).
 */
export const SessionPlanSchema = z.strictObject({
  scenarioId: IdSchema,
  mode: z.enum(['campaign', 'roles']),
  teams: z.array(TeamAssignmentSchema).check(z.maxLength(MAX_TEAMS)),
  budgetMinutes: z.number(),
  /**
   * Every team decides every decision (their names); absent, one team plays each role. Optional,
   * so plans kept before it still read.
   */
  everyTeam: z.optional(
    z.array(z.string().check(z.maxLength(MAX_TEAM_NAME_CHARS))).check(z.maxLength(MAX_TEAMS)),
  ),
  /** Decisions (`role/beat`) the facilitator narrates instead of voting, to fit the time. */
  narrate: z.optional(
    z.array(z.string().check(z.maxLength(2 * MAX_ID_CHARS + 1))).check(z.maxLength(500)),
  ),
  /** "In our organisation": the facilitator's own note per decision (org-notes.ts). */
  orgNotes: z.optional(OrgNotesSchema),
  /** Names the scenario lists under `unnamed` are withheld on every screen and page (unnamed.ts). */
  unnamed: z.optional(z.boolean()),
});

/** A date a session was played on: whole ms since the epoch, between 2000 and 2200. */
export const SessionDateSchema = z.number().check(
  z.refine((v) => Number.isSafeInteger(v) && v >= EARLIEST_DATE_MS && v <= LATEST_DATE_MS, {
    error: () => t('sessionLog.sessionDate'),
  }),
);

/** One engine playthrough: a single role from its start, or the whole campaign. */
export const RoomRunSchema = z.strictObject({
  /** The engine's log (its first entry is the `start`); decisions carry tally and rationale. */
  log: LogSchema,
  /** The reasons participants gave from their own devices, by decision (no names are kept). */
  reasons: z.optional(
    z
      .array(z.strictObject({ beat: IdSchema, choice: IdSchema, text: ReasonSchema }))
      .check(z.maxLength(MAX_LOG_ENTRIES)),
  ),
});

/** A language code as scenarios write it ('en', 'de', 'pt-BR'). */
const LanguageCodeSchema = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/** The session log: in 'roles' mode one run per role played so far; in 'campaign' mode one run. */
export const RoomRecordSchema = z
  .strictObject({
    format: z.literal(ROOM_RECORD_FORMAT),
    version: z.literal(ROOM_RECORD_VERSION),
    scenario: z.strictObject({
      id: IdSchema,
      version: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
      title: z.string().check(z.maxLength(MAX_TITLE_CHARS)),
      /** The language the session was played in (absent in logs from before translations). */
      language: z.optional(LanguageCodeSchema),
    }),
    plan: SessionPlanSchema,
    runs: z.array(RoomRunSchema).check(z.maxLength(MAX_TEAMS)),
    startedAt: SessionDateSchema,
    /** Set when the facilitator ends the session (the report screen). */
    endedAt: z.optional(SessionDateSchema),
    /** The room's before-and-after checks: anonymous counts (see room-check.ts). */
    checks: z.optional(z.array(RoomCheckTallySchema).check(z.maxLength(2 * MAX_TEAMS))),
    /** What the facilitator entered at the wrap-up (absent in logs from before it existed). */
    wrapUp: z.optional(WrapUpSchema),
    /** The questions ticked as discussed during the session (absent: none ticked, or an older log). */
    discussed: z.optional(DiscussedListSchema),
  })
  .check(
    z.refine(
      (r) =>
        r.endedAt === undefined ||
        (r.endedAt >= r.startedAt && r.endedAt - r.startedAt <= MAX_SESSION_MS),
      {
        error: () => t('sessionLog.endedAt', { days: MAX_SESSION_MS / 86_400_000 }),
        path: ['endedAt'],
      },
    ),
  );

export type TeamAssignment = z.infer<typeof TeamAssignmentSchema>;
export type SessionPlan = z.infer<typeof SessionPlanSchema>;
export type RoomRun = z.infer<typeof RoomRunSchema>;
export type RoomRecord = z.infer<typeof RoomRecordSchema>;
