/**
 * A room's before-and-after check: a show of hands per answer, counted before and after a role,
 * kept in the session record as anonymous counts only (nothing names a person), and read back as
 * the report's per-item distribution. The counts may be typed by the presenter or, once rooms vote
 * from their own devices, summed from those votes: either way they arrive as one `RoomCheckTally`
 * through the room's `record-check` command.
 */
import {
  AGREEMENT_SCALE,
  CONFIDENCE_QUESTION,
  CONFIDENCE_SCALE,
  type Assessment,
} from '../engine/assessment-schema';
import type { CheckPhase } from '../engine/check-answers';
import { IdSchema, TallySchema } from '../engine/log-entry-schema';
import type { Scenario } from '../engine/schema';
import { z } from '../engine/zod-mini';
import { t } from '../i18n/translate';

/** The key under which a check's confidence counts are kept (an id no item can have). */
export const CONFIDENCE_KEY = 'confidence';

/**
 * One show of hands: per item (and `confidence`), the count per answer (a knowledge item's option
 * id; a point of the 5-point scale as '1'…'5').
 */
export const RoomCheckTallySchema = z.strictObject({
  role: IdSchema,
  phase: z.enum(['before', 'after']),
  counts: z.record(IdSchema, TallySchema),
});
/** One show of hands, before or after a role. */
export type RoomCheckTally = z.infer<typeof RoomCheckTallySchema>;

/** The record's checks with this tally in place of any earlier one for the same role and phase. */
export function withRoomCheck(
  checks: readonly RoomCheckTally[] | undefined,
  tally: RoomCheckTally,
): RoomCheckTally[] {
  const others = (checks ?? []).filter((c) => c.role !== tally.role || c.phase !== tally.phase);
  return [...others, tally];
}

/** Why a tally cannot be kept for this scenario (an unknown role, item or answer), or null. */
export function roomCheckMisfit(scenario: Scenario, tally: RoomCheckTally): string | null {
  const assessment = scenario.roles.find((r) => r.id === tally.role)?.assessment;
  if (!assessment) return t('roomRefusals.roleHasNoCheck', { role: tally.role });
  const questions = checkQuestions(assessment);
  for (const [item, counts] of Object.entries(tally.counts)) {
    const question = questions.find((q) => q.id === item);
    if (!question) return t('roomRefusals.checkHasNoItem', { role: tally.role, item });
    for (const answer of Object.keys(counts))
      if (!question.answers.some((a) => a.id === answer))
        return t('roomRefusals.itemHasNoAnswer', { item, answer });
  }
  return null;
}

/** A question of a check as the room sees it: its words and its answers, in order. */
export interface CheckQuestion {
  id: string;
  kind: 'knowledge' | 'judgement' | 'confidence';
  text: string;
  answers: { id: string; label: string }[];
  /** A knowledge item's right answer. */
  answer?: string;
}

/** Every question of a check, in the order the check asks them, the confidence rating last. */
export function checkQuestions(assessment: Assessment): CheckQuestion[] {
  const scale = (words: readonly string[]) =>
    words.map((label, i) => ({ id: String(i + 1), label }));
  return [
    ...(assessment.knowledge ?? []).map((k): CheckQuestion => ({
      id: k.id,
      kind: 'knowledge',
      text: k.question,
      answers: k.options.map((o) => ({ id: o.id, label: o.label })),
      answer: k.answer,
    })),
    ...(assessment.judgement ?? []).map((j): CheckQuestion => ({
      id: j.id,
      kind: 'judgement',
      text: j.statement,
      answers: scale(AGREEMENT_SCALE),
    })),
    {
      id: CONFIDENCE_KEY,
      kind: 'confidence',
      text: CONFIDENCE_QUESTION,
      answers: scale(CONFIDENCE_SCALE),
    },
  ];
}

/** One item of a room's check in the report: each answer's count before and after. */
export interface RoomCheckItem extends Omit<CheckQuestion, 'answers'> {
  rows: { id: string; label: string; before?: number; after?: number; right: boolean }[];
}

/** A role's check in the report: which shows of hands were taken, and every item. */
export interface RoomCheckRole {
  role: string;
  roleName: string;
  phases: CheckPhase[];
  items: RoomCheckItem[];
}

/** The report's section: every role with a show of hands, in the scenario's role order. */
export function roomCheckReport(
  scenario: Scenario,
  checks: readonly RoomCheckTally[] | undefined,
): RoomCheckRole[] {
  return scenario.roles.flatMap((role) => {
    const taken = (checks ?? []).filter((c) => c.role === role.id);
    if (!role.assessment || taken.length === 0) return [];
    const of = (phase: CheckPhase) => taken.find((c) => c.phase === phase);
    const phases = (['before', 'after'] as const).filter((p) => of(p));
    const items = checkQuestions(role.assessment).map(
      ({ answers, ...question }): RoomCheckItem => ({
        ...question,
        rows: answers.map((a) => {
          const before = of('before')?.counts[question.id]?.[a.id];
          const after = of('after')?.counts[question.id]?.[a.id];
          return {
            ...a,
            ...(before !== undefined ? { before } : {}),
            ...(after !== undefined ? { after } : {}),
            right: a.id === question.answer,
          };
        }),
      }),
    );
    return [{ role: role.id, roleName: role.name, phases: [...phases], items }];
  });
}
