/**
 * Ticking the questions the room actually discussed, beside the presenter's notes: the report
 * then lists those, not every question the scenario offers. Ticking is optional and reversible.
 */
import type { SessionView } from '../../engine/view-types';
import type { NoteCommand } from '../../facilitation/room-notes';
import type { RoomState } from '../../facilitation/room-session';
import { el } from '../dom';

type Tick = (command: Extract<NoteCommand, { type: 'discussed' }>) => void;

/** The questions of this beat (or this debrief) as checkboxes; nothing where there are none. */
export function discussedQuestions(
  state: RoomState,
  view: SessionView,
  tick: Tick,
): HTMLElement | null {
  const role = view.role?.id;
  const at = state.screen === 'debrief' ? view.ending?.id : view.beat?.id;
  const questions =
    state.screen === 'debrief'
      ? (view.ending?.questions ?? [])
      : state.screen === 'beat' || state.screen === 'outcome'
        ? [...(view.beat?.facilitator?.questions ?? []), ...(view.beat?.questions ?? [])]
        : [];
  if (!role || !at || questions.length === 0) return null;
  const ticked = new Set(
    (state.record.discussed ?? [])
      .filter((d) => d.role === role && d.at === at)
      .map((d) => d.question),
  );
  return el(
    'fieldset',
    { className: 'discussed-questions' },
    el('legend', { text: 'Discussed with the room (for the report)' }),
    ...[...new Set(questions)].map((question, index) => {
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
