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
import { t } from '../../i18n/translate';
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
    what.setAttribute('aria-label', t('wrapUpForm.actionWhat', { number: n }));
    owner.setAttribute('aria-label', t('wrapUpForm.actionOwner', { number: n }));
    due.setAttribute('aria-label', t('wrapUpForm.actionDue', { number: n }));
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
      message.textContent = t('wrapUpForm.badHeadcount', { most: MAX_VOTES });
      headcount.focus();
      return;
    }
    const actions = [...rows.querySelectorAll('tr')].map((tr) => {
      const [what, owner, due] = [...tr.querySelectorAll('input')].map((i) => i.value.trim());
      return { what: what ?? '', owner: owner ?? '', due: due ?? '' };
    });
    const missing = actions.findIndex((a) => !a.what && (a.owner || a.due));
    if (missing >= 0) {
      message.textContent = t('wrapUpForm.actionWithoutWhat', { number: missing + 1 });
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
  const saveButton = button(t('wrapUpForm.save'), submit, 'primary', 'wrap-up-save');
  const addButton = button(
    t('wrapUpForm.addAction'),
    () => addRow(),
    'secondary',
    'wrap-up-add-action',
  );
  const lineHint = t('wrapUpForm.lineHint', { lines: MAX_NOTE_LINES, characters: MAX_NOTE_CHARS });
  return el(
    'section',
    { className: 'panel wrap-up no-print', attrs: { 'aria-labelledby': 'wrap-up-heading' } },
    el('h2', { id: 'wrap-up-heading', text: t('wrapUpForm.heading') }),
    el('p', {
      className: 'hint',
      text: t('wrapUpForm.lede'),
    }),
    el(
      'div',
      { className: 'wrap-up-grid' },
      field('wrap-up-facilitator', t('wrapUpForm.facilitator'), facilitator),
      field('wrap-up-location', t('wrapUpForm.location'), location),
      field('wrap-up-headcount', t('wrapUpForm.headcount'), headcount),
      field('wrap-up-attendees', t('wrapUpForm.names'), attendees, t('wrapUpForm.namesHint')),
      field('wrap-up-takeaways', t('wrapUpForm.takeaways'), takeaways, lineHint),
      field('wrap-up-strengths', t('wrapUpForm.strengths'), strengths, lineHint),
      field('wrap-up-improvements', t('wrapUpForm.improvements'), improvements, lineHint),
    ),
    el(
      'table',
      { className: 'wrap-up-actions' },
      el('caption', { text: t('wrapUpForm.actions') }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[t('wrapUpForm.what'), t('wrapUpForm.owner'), t('wrapUpForm.due')].map((c) =>
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
