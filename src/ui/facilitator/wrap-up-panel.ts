/**
 * The wrap-up, on the presenter at the end of the session: who ran it and where, how many came
 * (names optional), the room's takeaways, strengths and improvements, and action items with an
 * owner and a date. Saved into the session log, it fills the report's first page.
 */
import {
  MAX_NOTE_CHARS,
  MAX_NOTE_LINES,
  MAX_PERSON_CHARS,
  MAX_PLACE_CHARS,
  MAX_VOTES,
} from '../../engine/limits';
import type { NoteCommand } from '../../facilitation/room-notes';
import type { ActionItem, WrapUp } from '../../facilitation/wrap-up';
import { button, el } from '../dom';
import './wrap-up.css';

type SaveWrapUp = (command: Extract<NoteCommand, { type: 'wrap-up' }>) => void;

function field(
  id: string,
  label: string,
  control: HTMLInputElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  control.id = id;
  const hintId = `${id}-hint`;
  if (hint) control.setAttribute('aria-describedby', hintId);
  return el(
    'div',
    { className: 'wrap-up-field' },
    el('label', { attrs: { for: id }, text: label }),
    hint ? el('p', { id: hintId, className: 'hint', text: hint }) : null,
    control,
  );
}

const input = (value: string, max: number, type = 'text'): HTMLInputElement => {
  const i = el('input', { attrs: { type, maxlength: String(max), autocomplete: 'off' } });
  i.value = value;
  return i;
};

const lines = (value: readonly string[] | undefined, rows = 3): HTMLTextAreaElement => {
  const t = el('textarea', { attrs: { rows: String(rows) } });
  t.value = (value ?? []).join('\n');
  return t;
};

const LINE_HINT = `One per line; at most ${MAX_NOTE_LINES} lines of ${MAX_NOTE_CHARS} characters.`;

/** The wrap-up form, filled with what was saved before; Save sends it to the session log. */
export function wrapUpPanel(saved: WrapUp | undefined, save: SaveWrapUp): HTMLElement {
  const w = saved ?? {};
  const facilitator = input(w.facilitator ?? '', MAX_PERSON_CHARS);
  const location = input(w.location ?? '', MAX_PLACE_CHARS);
  const headcount = input(w.headcount !== undefined ? String(w.headcount) : '', 3, 'number');
  headcount.min = '0';
  headcount.max = String(MAX_VOTES);
  const attendees = lines(w.attendees, 4);
  const takeaways = lines(w.takeaways);
  const strengths = lines(w.strengths);
  const improvements = lines(w.improvements);
  const rows = el('tbody', {});
  const addRow = (a?: ActionItem): void => {
    const n = rows.children.length + 1;
    const what = input(a?.what ?? '', MAX_NOTE_CHARS);
    const owner = input(a?.owner ?? '', MAX_PERSON_CHARS);
    const due = input(a?.due ?? '', 10, 'date');
    what.setAttribute('aria-label', `Action ${n}: what is to be done`);
    owner.setAttribute('aria-label', `Action ${n}: owner`);
    due.setAttribute('aria-label', `Action ${n}: due date`);
    what.id = `wrap-up-action-${n}-what`;
    owner.id = `wrap-up-action-${n}-owner`;
    due.id = `wrap-up-action-${n}-due`;
    rows.append(el('tr', {}, el('td', {}, what), el('td', {}, owner), el('td', {}, due)));
  };
  for (const a of w.actions ?? []) addRow(a);
  addRow();
  const message = el('p', { className: 'wrap-up-message', attrs: { role: 'status' } });
  const splitLines = (t: HTMLTextAreaElement): string[] => t.value.split(/\r?\n/);
  const submit = (): void => {
    const count = headcount.value.trim();
    if (count !== '' && !/^\d{1,3}$/.test(count)) {
      message.textContent = `Participants must be a whole number from 0 to ${MAX_VOTES}.`;
      headcount.focus();
      return;
    }
    const actions = [...rows.querySelectorAll('tr')].map((tr) => {
      const [what, owner, due] = [...tr.querySelectorAll('input')].map((i) => i.value.trim());
      return { what: what ?? '', owner: owner ?? '', due: due ?? '' };
    });
    const missing = actions.findIndex((a) => !a.what && (a.owner || a.due));
    if (missing >= 0) {
      message.textContent = `Action ${missing + 1} has an owner or a date but no action: say what is to be done.`;
      return;
    }
    message.textContent = '';
    save({
      type: 'wrap-up',
      wrapUp: {
        facilitator: facilitator.value,
        location: location.value,
        ...(count !== '' ? { headcount: Number(count) } : {}),
        attendees: splitLines(attendees),
        takeaways: splitLines(takeaways),
        strengths: splitLines(strengths),
        improvements: splitLines(improvements),
        actions,
      },
    });
  };
  const saveButton = button('Save the wrap-up to the report', submit, 'primary', 'wrap-up-save');
  const addButton = button('Add an action', () => addRow(), 'secondary', 'wrap-up-add-action');
  return el(
    'section',
    { className: 'panel wrap-up no-print', attrs: { 'aria-labelledby': 'wrap-up-heading' } },
    el('h2', { id: 'wrap-up-heading', text: 'Wrap-up: for the report’s first page' }),
    el('p', {
      className: 'hint',
      text: 'Fill this in with the room during the hot-wash, then save: the summary below follows. Nothing leaves this computer.',
    }),
    el(
      'div',
      { className: 'wrap-up-grid' },
      field('wrap-up-facilitator', 'Facilitator', facilitator),
      field('wrap-up-location', 'Location', location),
      field('wrap-up-headcount', 'Participants (how many)', headcount),
      field(
        'wrap-up-attendees',
        'Names (optional)',
        attendees,
        'One per line; they go to the attendance CSV.',
      ),
      field('wrap-up-takeaways', 'The room’s takeaways', takeaways, LINE_HINT),
      field('wrap-up-strengths', 'Strengths', strengths, LINE_HINT),
      field('wrap-up-improvements', 'To improve', improvements, LINE_HINT),
    ),
    el(
      'table',
      { className: 'wrap-up-actions' },
      el('caption', { text: 'Action items' }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['What is to be done', 'Owner', 'Due'].map((c) =>
            el('th', { text: c, attrs: { scope: 'col' } }),
          ),
        ),
      ),
      rows,
    ),
    el('div', { className: 'actions' }, saveButton, addButton),
    message,
  );
}
