/**
 * The set-up screen's part for the trainer's own organisation: show the vendor unnamed (when the
 * scenario lists names it may withhold), and an "In our organisation" note per decision of the
 * roles in the plan, kept on this device per scenario and as a file to carry between laptops.
 */
import { MAX_ORG_NOTE_CHARS, MAX_ORG_NOTES } from '../../engine/limits';
import type { Beat, Role, Scenario, Unnamed } from '../../engine/schema';
import { orgNoteAt, withOrgNote } from '../../facilitation/org-notes';
import type { SessionPlan } from '../../facilitation/session-plan';
import { button, el } from '../dom';
import { languageName, t } from '../../i18n/translate';
import { proseNames } from '../../facilitation/unnamed';
import { wordedWith } from '../worded-with';
import { playedRoles } from './pack-names';
import './org-notes.css';

export interface OrgFieldActions {
  changePlan(plan: SessionPlan): void;
  downloadNotes(): void;
  loadNotes(file: File): void;
}

/** Whether the notes are unfolded, kept across the screen's redraws (each keystroke redraws it). */
let notesOpen = false;
/** The caret in the note being typed, put back when the redrawn note takes the focus. */
let caret: { id: string; start: number; end: number } | null = null;

/** The "For your organisation" fieldset: names withheld, and the notes per decision. */
export function orgFieldset(
  scenario: Scenario,
  plan: SessionPlan,
  actions: OrgFieldActions,
): HTMLElement {
  return el(
    'fieldset',
    { className: 'setup-org' },
    el('legend', { text: t('setup.forOrganisation') }),
    unnamedField(scenario, plan, actions),
    notesDetails(scenario, plan, actions),
  );
}

function unnamedField(
  scenario: Scenario,
  plan: SessionPlan,
  actions: OrgFieldActions,
): HTMLElement | null {
  const pairs = scenario.unnamed ?? [];
  if (pairs.length === 0) return null;
  const box = el('input', { id: 'setup-unnamed', attrs: { type: 'checkbox' } });
  box.checked = plan.unnamed === true;
  box.addEventListener('change', () => {
    const next: SessionPlan = { ...plan, unnamed: true };
    if (!box.checked) delete next.unnamed;
    actions.changePlan(next);
  });
  const listed = (among: readonly Unnamed[]): string =>
    among.map((pair) => `${pair.name} → ${pair.as}`).join('; ');
  // A translation's names for its excerpts are in the excerpts' language, and marked so.
  const forExcerpts = pairs.filter((pair) => pair.excerptsOnly === true);
  const excerptLanguage = scenario.sourceLanguage ?? scenario.language;
  return el(
    'div',
    { className: 'setup-unnamed' },
    el(
      'div',
      { className: 'setup-choice' },
      box,
      el('label', {
        attrs: { for: box.id },
        text: t('setup.unnamed'),
      }),
    ),
    el('p', {
      className: 'hint',
      text: t('setup.unnamedHint', { names: listed(proseNames(pairs)) }),
    }),
    forExcerpts.length > 0
      ? el(
          'p',
          { className: 'hint' },
          ...wordedWith(
            'setup.unnamedExcerptHint',
            { language: languageName(excerptLanguage) },
            { names: el('span', { text: listed(forExcerpts), attrs: { lang: excerptLanguage } }) },
          ),
        )
      : null,
  );
}

function notesDetails(
  scenario: Scenario,
  plan: SessionPlan,
  actions: OrgFieldActions,
): HTMLElement {
  const written = plan.orgNotes?.length ?? 0;
  const file = el('input', {
    id: 'setup-notes-file',
    attrs: { type: 'file', accept: '.json,application/json' },
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) actions.loadNotes(chosen);
  });
  const download = button(
    t('setup.downloadNotes'),
    () => actions.downloadNotes(),
    'secondary',
    'setup-notes-download',
  );
  download.disabled = written === 0;
  const details = el(
    'details',
    { id: 'setup-notes', className: 'setup-notes' },
    el('summary', {
      text: t('setup.notesSummary', { written, full: written >= MAX_ORG_NOTES ? 'yes' : 'no' }),
    }),
    el('p', {
      className: 'hint',
      text: t('setup.notesHint'),
    }),
    ...playedRoles(scenario, plan).map(({ role }) => roleNotes(role, plan, actions)),
    el(
      'div',
      { className: 'actions' },
      download,
      el(
        'div',
        { className: 'setup-field' },
        el('label', {
          className: 'file-label',
          attrs: { for: file.id },
          text: t('setup.loadNotes'),
        }),
        file,
      ),
    ),
  );
  details.open = notesOpen;
  details.addEventListener('toggle', () => {
    notesOpen = details.open;
  });
  return details;
}

function roleNotes(role: Role, plan: SessionPlan, actions: OrgFieldActions): HTMLElement {
  const decisions = role.beats.filter((beat) => beat.decision);
  return el(
    'section',
    { className: 'setup-notes-role' },
    el('h3', { text: role.name }),
    ...decisions.map((beat) => noteField(role, beat, plan, actions)),
  );
}

function noteField(
  role: Role,
  beat: Beat,
  plan: SessionPlan,
  actions: OrgFieldActions,
): HTMLElement {
  const area = el('textarea', {
    id: `setup-note-${role.id}-${beat.id}`,
    attrs: { rows: '3', maxlength: String(MAX_ORG_NOTE_CHARS) },
  });
  area.value = orgNoteAt(plan, role.id, beat.id) ?? '';
  const commit = (): void => {
    caret = { id: area.id, start: area.selectionStart, end: area.selectionEnd };
    actions.changePlan(withOrgNote(plan, role.id, beat.id, area.value));
  };
  // Mid-composition (an input method building a character) the text is not final yet.
  area.addEventListener('input', (event) => {
    if (!(event instanceof InputEvent && event.isComposing)) commit();
  });
  area.addEventListener('compositionend', commit);
  area.addEventListener('focus', () => {
    if (caret?.id !== area.id) return;
    area.setSelectionRange(caret.start, caret.end);
    caret = null;
  });
  return el(
    'div',
    { className: 'setup-field setup-note' },
    el('label', { attrs: { for: area.id }, text: beat.title }),
    el('p', { className: 'hint', text: beat.decision?.prompt ?? '' }),
    area,
  );
}
