/**
 * The facilitator's notes on a session that do not move the room: the wrap-up and the questions
 * ticked as discussed. They change the session log only, read through the same schemas that read
 * a kept log back, so whatever is accepted here loads again.
 */
import { describeProblems } from '../engine/describe-problems';
import { MAX_DISCUSSED } from '../engine/limits';
import { wordProblem } from '../i18n/problem-words';
import type { CommandResult, RoomState } from './room-session';
import { DiscussedSchema, WrapUpSchema, type Discussed, type WrapUp } from './wrap-up';
import { t } from '../i18n/translate';

/** A note for the session log: the wrap-up as entered, or one question ticked or unticked. */
export type NoteCommand =
  | { type: 'wrap-up'; wrapUp: WrapUp }
  | { type: 'discussed'; question: Discussed; discussed: boolean };

/** Whether a command is a note (it changes the log, not the screen). */
export function isNoteCommand(command: { type: string }): command is NoteCommand {
  return command.type === 'wrap-up' || command.type === 'discussed';
}

/** Applies a note; a refused one leaves the state as it was and names the field at fault. */
export function applyNoteCommand(state: RoomState, command: NoteCommand): CommandResult {
  const changed = (record: RoomState['record']): CommandResult => ({
    ok: true,
    state: { ...state, record, revision: state.revision + 1 },
  });
  if (command.type === 'wrap-up') {
    const data = tidyWrapUp(command.wrapUp);
    const read = WrapUpSchema.safeParse(data);
    if (!read.success)
      return {
        ok: false,
        message: t('roomRefusals.wrapUpNotKept', {
          why: wordProblem(describeProblems(read.error.issues, data)),
        }),
      };
    return changed({ ...state.record, wrapUp: read.data });
  }
  const read = DiscussedSchema.safeParse(command.question);
  if (!read.success)
    return {
      ok: false,
      message: t('roomRefusals.questionNotKept', {
        why: wordProblem(describeProblems(read.error.issues, command.question)),
      }),
    };
  const same = (d: Discussed): boolean =>
    d.role === read.data.role && d.at === read.data.at && d.question === read.data.question;
  const rest = (state.record.discussed ?? []).filter((d) => !same(d));
  if (command.discussed && rest.length >= MAX_DISCUSSED)
    return { ok: false, message: t('roomRefusals.tooManyTicked', { max: MAX_DISCUSSED }) };
  return changed({ ...state.record, discussed: command.discussed ? [...rest, read.data] : rest });
}

/** Spaces trimmed and empty lines and actions dropped, so an untouched field keeps nothing. */
function tidyWrapUp(w: WrapUp): WrapUp {
  const text = (v: string | undefined): string | undefined => {
    const trimmed = v?.trim();
    return trimmed ? trimmed : undefined;
  };
  const lines = (v: readonly string[] | undefined): string[] | undefined => {
    const kept = (v ?? []).map((l) => l.trim()).filter(Boolean);
    return kept.length > 0 ? kept : undefined;
  };
  const actions = (w.actions ?? [])
    .map((a) => ({ what: a.what.trim(), owner: a.owner.trim(), due: a.due.trim() }))
    .filter((a) => a.what || a.owner || a.due);
  const out: WrapUp = {};
  const facilitator = text(w.facilitator);
  const location = text(w.location);
  if (facilitator) out.facilitator = facilitator;
  if (location) out.location = location;
  if (w.headcount !== undefined) out.headcount = w.headcount;
  for (const key of ['attendees', 'takeaways', 'strengths', 'improvements'] as const) {
    const kept = lines(w[key]);
    if (kept) out[key] = kept;
  }
  if (actions.length > 0) out.actions = actions;
  return out;
}
