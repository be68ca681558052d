/**
 * Ticking the questions the room actually discussed, beside the presenter's notes: the report
 * then lists those, not every question the scenario offers. Ticking is optional and reversible.
 */
import type { SessionView } from '../../engine/view-types';
import type { NoteCommand } from '../../facilitation/room-notes';
import type { RoomState } from '../../facilitation/room-session';
import { el } from '../dom';
import { t } from '../../i18n/translate';

/** Sends one tick (or untick) to the session. */
export type DiscussedTick = (command: Extract<NoteCommand, { type: 'discussed' }>) => void;

/** This beat's (or this debrief's) questions as checkboxes; null outside a role. */
export function discussedQuestions(
  state: RoomState,
  view: SessionView,
  questions: string[],
  tick: DiscussedTick,
): HTMLElement | null {
  const role = view.role?.id;
  const at = state.screen === 'debrief' ? view.ending?.id : view.beat?.id;
  if (!role || !at || questions.length === 0) return null;
  const ticked = new Set(
    (state.record.discussed ?? [])
      .filter((d) => d.role === role && d.at === at)
      .map((d) => d.question),
  );
  return el(
    'fieldset',
    { className: 'discussed-questions' },
    el('legend', { text: t('presenter.discussed') }),
    ...questions.map((question, index) => {
      const box = el('input', { id: `discussed-${index}`, attrs: { type: 'checkbox' } });
      box.checked = ticked.has(question);
      box.addEventListener('change', () =>
        tick({ type: 'discussed', question: { role, at, question }, discussed: box.checked }),
      );
      return el(
        'div',
        { className: 'discussed-question' },
        box,
        el('label', { attrs: { for: box.id }, text: question }),
      );
    }),
  );
}
