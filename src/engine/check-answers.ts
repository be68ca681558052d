/**
 * A learner's answers to a role's before-and-after check, how they are kept (beside the save, on
 * the device only) and the change between the two. Pure: the solo screens, the debrief and the
 * progress store use it.
 */
import { AGREEMENT_SCALE, CONFIDENCE_SCALE, type Assessment } from './assessment-schema';
import { IdSchema } from './log-entry-schema';
import { MAX_ID_CHARS } from './limits';
import { z } from './zod-mini';

/** One check's answers: an option id per knowledge item, 1-5 per judgement item, 1-5 confidence. */
export interface CheckAnswers {
  answers: Record<string, string | number>;
  confidence?: number;
}

/** A role's two checks; an empty `before` means the learner skipped it. */
export interface RoleCheckAnswers {
  before?: CheckAnswers;
  after?: CheckAnswers;
}

/** Every role's checks of one play session, by role id. */
export type CheckRecord = Record<string, RoleCheckAnswers>;

/** Which of the two checks. */
export type CheckPhase = 'before' | 'after';

const point = z.number().check(z.int(), z.minimum(1), z.maximum(AGREEMENT_SCALE.length));
const CheckAnswersSchema = z.strictObject({
  answers: z.record(IdSchema, z.union([z.string().check(z.maxLength(MAX_ID_CHARS)), point])),
  confidence: z.optional(point),
});
/** How checks are kept with progress (see src/ui/kept-progress.ts). */
export const CheckRecordSchema = z.record(
  IdSchema,
  z.strictObject({ before: z.optional(CheckAnswersSchema), after: z.optional(CheckAnswersSchema) }),
);

/** How one item moved between the two checks. */
export type ItemChange =
  | {
      kind: 'knowledge';
      id: string;
      question: string;
      before: 'right' | 'wrong' | 'unanswered';
      after: 'right' | 'wrong' | 'unanswered';
      /** The labels the learner chose (absent when unanswered) and the right one. */
      beforeLabel?: string;
      afterLabel?: string;
      answerLabel: string;
    }
  | {
      kind: 'judgement';
      id: string;
      statement: string;
      /** 1 (strongly disagree) to 5 (strongly agree); absent when unanswered. */
      before?: number;
      after?: number;
    };

/** The learner's change over a role's check: per item, the score, and confidence. */
export interface CheckChange {
  items: ItemChange[];
  rightBefore: number;
  rightAfter: number;
  knowledgeItems: number;
  confidenceBefore?: number;
  confidenceAfter?: number;
}

/** The change between a role's two checks, item by item in the order the check asks them. */
export function checkChange(assessment: Assessment, record: RoleCheckAnswers): CheckChange {
  const before = record.before?.answers ?? {};
  const after = record.after?.answers ?? {};
  const knowledge = (assessment.knowledge ?? []).map((k): ItemChange => {
    const label = (id: unknown): string | undefined => k.options.find((o) => o.id === id)?.label;
    const mark = (given: unknown): 'right' | 'wrong' | 'unanswered' =>
      label(given) === undefined ? 'unanswered' : given === k.answer ? 'right' : 'wrong';
    const beforeLabel = label(before[k.id]);
    const afterLabel = label(after[k.id]);
    return {
      kind: 'knowledge',
      id: k.id,
      question: k.question,
      before: mark(before[k.id]),
      after: mark(after[k.id]),
      ...(beforeLabel !== undefined ? { beforeLabel } : {}),
      ...(afterLabel !== undefined ? { afterLabel } : {}),
      answerLabel: label(k.answer) ?? k.answer,
    };
  });
  const judgement = (assessment.judgement ?? []).map((j): ItemChange => {
    const b = scalePoint(before[j.id]);
    const a = scalePoint(after[j.id]);
    return {
      kind: 'judgement',
      id: j.id,
      statement: j.statement,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    };
  });
  const items = [...knowledge, ...judgement];
  const right = (when: 'before' | 'after'): number =>
    items.filter((i) => i.kind === 'knowledge' && i[when] === 'right').length;
  const cb = scalePoint(record.before?.confidence);
  const ca = scalePoint(record.after?.confidence);
  return {
    items,
    rightBefore: right('before'),
    rightAfter: right('after'),
    knowledgeItems: knowledge.length,
    ...(cb !== undefined ? { confidenceBefore: cb } : {}),
    ...(ca !== undefined ? { confidenceAfter: ca } : {}),
  };
}

/** Whether a kept check holds any answer at all (an empty one was skipped). */
export function answeredAny(check: CheckAnswers | undefined): boolean {
  return !!check && (Object.keys(check.answers).length > 0 || check.confidence !== undefined);
}

/** The words of a point on the agreement scale (1-5). */
export const agreementWords = (point: number): string => AGREEMENT_SCALE[point - 1] ?? '';
/** The words of a point on the confidence scale (1-5). */
export const confidenceWords = (point: number): string => CONFIDENCE_SCALE[point - 1] ?? '';

function scalePoint(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
    ? value
    : undefined;
}
