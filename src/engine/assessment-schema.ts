/**
 * The before-and-after check of a role (`assessment` in a role file): short items tied to the
 * role's learning objectives, asked before the briefing and again after the debrief. Knowledge
 * items have a right answer the source settles (and cite it, like outcomes); judgement items are
 * one statement on the game's one 5-point agree/disagree scale, with no right answer. The
 * confidence rating that closes each check is the game's, not the scenario's.
 */
import { ID_PATTERN } from './ids';
import { z } from './zod';

const id = z.string().regex(ID_PATTERN);
const text = z.string().min(1);

/** The fewest and most items (knowledge and judgement together) a role's check may have. */
export const MIN_ASSESSMENT_ITEMS = 3;
export const MAX_ASSESSMENT_ITEMS = 5;

/** One answer a knowledge item offers. */
export const AnswerOptionSchema = z.strictObject({ id, label: text });

/** Which of the role's learning objectives an item measures (1 = the first). */
const objective = z.number().int().positive();

/** A question with one right answer, explained in the debrief with the excerpts that settle it. */
export const KnowledgeItemSchema = z.strictObject({
  id,
  objective,
  question: text,
  options: z.array(AnswerOptionSchema).min(2).max(5),
  /** The id of the right option. */
  answer: id,
  /** Why that answer, in the scenario's words; shown after the second check. */
  explain: text,
  /** The source excerpts that settle it (required unless the scenario is fictional). */
  cites: z.array(id).optional(),
});

/** A statement the learner agrees or disagrees with; no right answer. */
export const JudgementItemSchema = z.strictObject({ id, objective, statement: text });

/** A role's before-and-after check. */
export const AssessmentSchema = z.strictObject({
  knowledge: z.array(KnowledgeItemSchema).optional(),
  judgement: z.array(JudgementItemSchema).optional(),
});

export type Assessment = z.infer<typeof AssessmentSchema>;
export type KnowledgeItem = z.infer<typeof KnowledgeItemSchema>;
export type JudgementItem = z.infer<typeof JudgementItemSchema>;
export type AnswerOption = z.infer<typeof AnswerOptionSchema>;

/** The game's one agree/disagree scale for judgement items, strongest disagreement first. */
export const AGREEMENT_SCALE = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
] as const;

/** The game's confidence rating that closes each check, least sure first. */
export const CONFIDENCE_SCALE = [
  'Not at all sure',
  'Slightly sure',
  'Fairly sure',
  'Very sure',
  'Completely sure',
] as const;

/** The question the confidence rating asks. */
export const CONFIDENCE_QUESTION = 'How sure are you of your answers?';
