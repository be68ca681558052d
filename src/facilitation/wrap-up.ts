/**
 * What the facilitator adds to a session during the wrap-up (who ran it, where, who came, what
 * the room takes away, what went well and what to improve, actions with owners and dates), and
 * the questions ticked as discussed during it. Both sit in the session log as optional fields,
 * so logs and room states kept before them still load; the schemas here are their one definition.
 */
import {
  MAX_ATTENDEES,
  MAX_DISCUSSED,
  MAX_NOTE_CHARS,
  MAX_NOTE_LINES,
  MAX_PERSON_CHARS,
  MAX_PLACE_CHARS,
  MAX_QUESTION_CHARS,
  MAX_VOTES,
} from '../engine/limits';
import { IdSchema } from '../engine/log-entry-schema';
import { z } from '../engine/zod-mini';
import { t } from '../i18n/translate';

const capped = (max: number) => z.string().check(z.maxLength(max));
const lines = z.array(capped(MAX_NOTE_CHARS)).check(z.maxLength(MAX_NOTE_LINES));

/** A day written yyyy-mm-dd that exists in the calendar. */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An action item: what is to be done, by whom, by when (a day, or empty when none was set). */
export const ActionItemSchema = z.strictObject({
  what: capped(MAX_NOTE_CHARS).check(z.minLength(1)),
  owner: capped(MAX_PERSON_CHARS),
  due: z
    .string()
    .check(z.refine((v) => v === '' || isCalendarDay(v), { error: () => t('sessionLog.dueDay') })),
});

/** The wrap-up as the facilitator entered it; every field optional, every text capped. */
export const WrapUpSchema = z.strictObject({
  facilitator: z.optional(capped(MAX_PERSON_CHARS)),
  location: z.optional(capped(MAX_PLACE_CHARS)),
  /** How many people took part (names are optional: many rooms keep none). */
  headcount: z.optional(z.int().check(z.gte(0), z.lte(MAX_VOTES))),
  attendees: z.optional(z.array(capped(MAX_PERSON_CHARS)).check(z.maxLength(MAX_ATTENDEES))),
  takeaways: z.optional(lines),
  strengths: z.optional(lines),
  improvements: z.optional(lines),
  actions: z.optional(z.array(ActionItemSchema).check(z.maxLength(MAX_NOTE_LINES))),
});

/** A question ticked as discussed: the role, the beat or ending it was asked at, and its words. */
export const DiscussedSchema = z.strictObject({
  role: IdSchema,
  at: IdSchema,
  question: capped(MAX_QUESTION_CHARS),
});

/** The questions ticked as discussed, in the order they were ticked. */
export const DiscussedListSchema = z.array(DiscussedSchema).check(z.maxLength(MAX_DISCUSSED));

export type ActionItem = z.infer<typeof ActionItemSchema>;
export type WrapUp = z.infer<typeof WrapUpSchema>;
export type Discussed = z.infer<typeof DiscussedSchema>;
