/**
 * The trainer's organisation in the pack and on the presenter: a decision's "In our organisation"
 * note, boxed and labelled as the organisation's own (never as history), and the pack cover's note
 * that names were withheld. The projector never shows a note: it is the trainer's to bring in.
 */
import type { Scenario } from '../../engine/schema';
import { orgNoteAt } from '../../facilitation/org-notes';
import type { RoomState } from '../../facilitation/room-session';
import type { SessionPlan } from '../../facilitation/session-plan';
import type { SessionView } from '../../engine/view-types';
import {
  namesWithheldNote as namesWithheldWords,
  withholdsNames,
} from '../../facilitation/unnamed';
import { el, paragraphs } from '../dom';
import { t } from '../../i18n/translate';
import './org-notes.css';

/** The note the facilitator wrote for a decision, boxed and labelled; nothing when there is none. */
export function orgNoteBlock(plan: SessionPlan, role: string, beat: string): HTMLElement | null {
  const text = orgNoteAt(plan, role, beat)?.trim();
  if (!text) return null;
  // One label for every "In our organisation" note, in the pack and on the presenter.
  const label = t('presenter.orgNote');
  return el(
    'aside',
    { className: 'org-note', attrs: { 'aria-label': label } },
    el('p', { className: 'org-note-label', text: label }),
    ...paragraphs(text, 'org-note-text'),
  );
}

/** The cover's note that names are withheld, when the plan withholds them. */
export function namesWithheldNote(scenario: Scenario, plan: SessionPlan): HTMLElement | null {
  return withholdsNames(scenario, plan)
    ? el('p', { className: 'names-withheld', text: namesWithheldWords() })
    : null;
}

/** The presenter's note for the decision the room is at (discussing it, or hearing its outcome). */
export function presenterOrgNote(state: RoomState, view: SessionView): HTMLElement | null {
  if (state.screen !== 'beat' && state.screen !== 'outcome') return null;
  if (!view.role || !view.beat) return null;
  return orgNoteBlock(state.record.plan, view.role.id, view.beat.id);
}
