/**
 * "In our organisation": a facilitator's own note on a decision (the organisation's policy, its
 * reporting channel, who to call), written at set-up and shown beside the decision by the pack and
 * the presenter, never as part of the story. Kept in the plan (so in the room state and the
 * session log), and between sessions as a small JSON file (or on the device), read with the same
 * schema. Plain text only: the screens put it in as text, never as markup.
 */
import { describeProblems } from '../engine/describe-problems';
import { ID_PATTERN } from '../engine/ids';
import { MAX_ID_CHARS, MAX_ORG_NOTE_CHARS, MAX_ORG_NOTES } from '../engine/limits';
import type { Scenario } from '../engine/schema';
import { z } from '../engine/zod-mini';
import { wordProblem } from '../i18n/problem-words';
import type { SessionPlan } from './room-record';
import { t } from '../i18n/translate';

/** Whether a character is a control character other than a tab or a line break: not plain text. */
const isControl = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (code < 32 && char !== '\t' && char !== '\n' && char !== '\r') || code === 127;
};
const hasControl = (text: string): boolean => [...text].some(isControl);
const DECISION_KEY = new RegExp(
  `^${ID_PATTERN.source.slice(1, -1)}/${ID_PATTERN.source.slice(1, -1)}$`,
);

/** One note: the decision it belongs to (`role/beat`) and its text. */
export const OrgNoteSchema = z.strictObject({
  at: z.string().check(
    z.maxLength(2 * MAX_ID_CHARS + 1),
    z.refine((v) => DECISION_KEY.test(v), { error: () => t('sessionLog.orgNoteAt') }),
  ),
  text: z.string().check(
    z.minLength(1),
    z.maxLength(MAX_ORG_NOTE_CHARS),
    z.refine((v) => !hasControl(v), { error: () => t('sessionLog.plainText') }),
  ),
});

/** A session's notes, at most one per decision. */
export const OrgNotesSchema = z.array(OrgNoteSchema).check(
  z.maxLength(MAX_ORG_NOTES),
  z.refine((notes) => new Set(notes.map((n) => n.at)).size === notes.length, {
    error: () => t('sessionLog.oneNotePerDecision'),
  }),
);

export const ORG_NOTES_FORMAT = 'spillage-org-notes';

/** The notes as a file a trainer keeps between sessions: for one scenario, by its id. */
export const OrgNotesFileSchema = z.strictObject({
  format: z.literal(ORG_NOTES_FORMAT),
  version: z.literal(1),
  scenario: z.string().check(z.maxLength(MAX_ID_CHARS)),
  notes: OrgNotesSchema,
});

export type OrgNote = z.infer<typeof OrgNoteSchema>;

/** The note on a decision, if the plan has one. */
export function orgNoteAt(plan: SessionPlan, role: string, beat: string): string | undefined {
  return plan.orgNotes?.find((note) => note.at === `${role}/${beat}`)?.text;
}

/**
 * The plan with the note at `role/beat` set as typed (capped, control characters dropped: kept on
 * every keystroke, so a space typed at the end stays), in its place, or removed when it holds
 * only spaces. A new note beyond MAX_ORG_NOTES leaves the plan as it was.
 */
export function withOrgNote(
  plan: SessionPlan,
  role: string,
  beat: string,
  text: string,
): SessionPlan {
  const at = `${role}/${beat}`;
  const kept = [...text]
    .filter((char) => !isControl(char))
    .join('')
    .slice(0, MAX_ORG_NOTE_CHARS);
  const before = plan.orgNotes ?? [];
  const known = before.some((note) => note.at === at);
  // A new note past the limit is not kept (the set-up says the limit is reached).
  if (!known && kept.trim() && before.length >= MAX_ORG_NOTES) return plan;
  const notes = !kept.trim()
    ? before.filter((note) => note.at !== at)
    : known
      ? before.map((note) => (note.at === at ? { at, text: kept } : note))
      : [...before, { at, text: kept }];
  const rest = withoutOrgNotes(plan);
  return notes.length > 0 ? { ...rest, orgNotes: notes } : rest;
}

/** Every decision of the scenario, as the `role/beat` keys a note may name. */
export function decisionKeys(scenario: Scenario): Set<string> {
  return new Set(
    scenario.roles.flatMap((role) =>
      role.beats.filter((beat) => beat.decision).map((beat) => `${role.id}/${beat.id}`),
    ),
  );
}

/** The notes as a file, pretty JSON. */
export function serializeOrgNotes(scenario: Scenario, notes: readonly OrgNote[]): string {
  const file = { format: ORG_NOTES_FORMAT, version: 1, scenario: scenario.id, notes };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadOrgNotesResult =
  { ok: true; notes: OrgNote[]; dropped: string[] } | { ok: false; message: string };

/**
 * Reads a notes file for this scenario. A note on a decision the scenario does not have (a later
 * version dropped it) is not loaded and is named in `dropped`; a bad file is refused, naming the
 * field at fault.
 */
export function readOrgNotes(text: string, scenario: Scenario): ReadOrgNotesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: t('sessionLog.notesNotJson') };
  }
  const read = OrgNotesFileSchema.safeParse(data);
  if (!read.success)
    return { ok: false, message: wordProblem(describeProblems(read.error.issues, data)) };
  if (read.data.scenario !== scenario.id)
    return {
      ok: false,
      message: t('sessionLog.notesOtherScenario', {
        scenario: read.data.scenario,
        loaded: scenario.id,
      }),
    };
  const known = decisionKeys(scenario);
  const notes = read.data.notes.filter((note) => known.has(note.at));
  const dropped = read.data.notes.filter((note) => !known.has(note.at)).map((note) => note.at);
  return { ok: true, notes, dropped };
}

/** The plan without the facilitator's own additions (notes, names withheld): to compare plans. */
export function withoutOrgSettings(plan: SessionPlan): SessionPlan {
  const rest = withoutOrgNotes(plan);
  delete rest.unnamed;
  return rest;
}

/** `next` (a preset, say) with the notes and the names choice of `plan` kept. */
export function keepOrgSettings(next: SessionPlan, plan: SessionPlan): SessionPlan {
  return {
    ...withoutOrgSettings(next),
    ...(plan.orgNotes ? { orgNotes: plan.orgNotes } : {}),
    ...(plan.unnamed ? { unnamed: plan.unnamed } : {}),
  };
}

/** The plan with these notes in place of its own. */
export function withOrgNotes(plan: SessionPlan, notes: readonly OrgNote[]): SessionPlan {
  const rest = withoutOrgNotes(plan);
  return notes.length > 0 ? { ...rest, orgNotes: [...notes] } : rest;
}

/** A copy of the plan without notes. */
function withoutOrgNotes(plan: SessionPlan): SessionPlan {
  const copy = { ...plan };
  delete copy.orgNotes;
  return copy;
}
