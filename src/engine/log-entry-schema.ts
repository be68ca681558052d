/**
 * The one schema of a playthrough's log: the engine's types are inferred from it, and saves and
 * session logs read their logs with it, so a reason, a vote or a time has one limit everywhere.
 */
import { ID_PATTERN, MAX_CHOICES } from './ids';
import {
  LATEST_DATE_MS,
  MAX_ID_CHARS,
  MAX_LOG_ENTRIES,
  MAX_REASON_CHARS,
  MAX_TEAM_NAME_CHARS,
  MAX_TEAMS,
  MAX_VOTES,
} from './limits';
import type { ProblemCode } from './problem-message';
import { z } from './zod-mini';

/** An id as scenarios write them (kebab-case), no longer than MAX_ID_CHARS. */
export const IdSchema = z.string().check(
  z.refine(
    (v) => v.length <= MAX_ID_CHARS && ID_PATTERN.test(v),
    // A message code: describe-problems.ts words it, with the limit.
    'recordProblems.notAnId' satisfies ProblemCode,
  ),
);

/** When a step happened: whole ms on the caller's clock (Date.now() in the game), never absurd. */
export const StepTimeSchema = z
  .number()
  .check(
    z.refine(
      (v) => Number.isSafeInteger(v) && v >= 0 && v <= LATEST_DATE_MS,
      'recordProblems.notATime' satisfies ProblemCode,
    ),
  );

/** A room's reason for a decision. */
export const ReasonSchema = z.string().check(z.maxLength(MAX_REASON_CHARS));

/** A room's show of hands: votes per choice id. */
export const TallySchema = z
  .record(
    IdSchema,
    z
      .number()
      .check(
        z.refine(
          (v) => Number.isInteger(v) && v >= 0 && v <= MAX_VOTES,
          'recordProblems.notAVoteCount' satisfies ProblemCode,
        ),
      ),
  )
  .check(
    z.refine(
      (t) => Object.keys(t).length <= MAX_CHOICES,
      'recordProblems.tooManyCounts' satisfies ProblemCode,
    ),
  );

/** In a room where every team decides: one team's choice and its reason. */
export const TeamVoteSchema = z.strictObject({
  team: z.string().check(z.minLength(1), z.maxLength(MAX_TEAM_NAME_CHARS)),
  choice: IdSchema,
  reason: z.optional(ReasonSchema),
});

/** One step of a playthrough, in order; `choose` entries are the decisions. */
export const LogEntrySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'),
    at: StepTimeSchema,
    role: z.optional(IdSchema),
    campaign: z.optional(z.literal(true)),
  }),
  z.strictObject({
    type: z.literal('choose'),
    at: StepTimeSchema,
    role: IdSchema,
    beat: IdSchema,
    choice: IdSchema,
    rationale: z.optional(ReasonSchema),
    tally: z.optional(TallySchema),
    /** Every team's choice, when every team decides (the story follows the most chosen). */
    teams: z.optional(z.array(TeamVoteSchema).check(z.maxLength(MAX_TEAMS))),
    /** The facilitator skipped the vote: the main line's choice was taken and read out. */
    skipped: z.optional(z.literal(true)),
  }),
  z.strictObject({
    type: z.literal('continue'),
    at: StepTimeSchema,
    role: IdSchema,
    beat: IdSchema,
  }),
  z.strictObject({ type: z.literal('next-role'), at: StepTimeSchema, role: IdSchema }),
  z.strictObject({ type: z.literal('rejoin'), at: StepTimeSchema, role: IdSchema }),
]);

/** A whole log: a save's, or one run of a room's session. */
export const LogSchema = z.array(LogEntrySchema).check(z.maxLength(MAX_LOG_ENTRIES));

/** One step of a playthrough, in order; `choose` entries are the decisions. */
export type LogEntry = z.infer<typeof LogEntrySchema>;
/** One team's vote (see TeamVoteSchema). */
export type TeamVote = z.infer<typeof TeamVoteSchema>;
/** What a decision may carry besides its choice: a reason, a room's votes, a skip. */
export type DecisionExtras = Partial<
  Pick<Extract<LogEntry, { type: 'choose' }>, 'rationale' | 'tally' | 'teams' | 'skipped'>
>;

/** The extras a decision carries, copied (only those set), so every step keeps them alike. */
export function decisionExtras(from: DecisionExtras): DecisionExtras {
  return {
    ...(from.rationale !== undefined ? { rationale: from.rationale } : {}),
    ...(from.tally !== undefined ? { tally: { ...from.tally } } : {}),
    ...(from.teams !== undefined ? { teams: from.teams.map((vote) => ({ ...vote })) } : {}),
    ...(from.skipped ? { skipped: true as const } : {}),
  };
}
