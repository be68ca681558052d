/** The report's "In our organisation" section: the facilitator's notes, as text, never markup. */
import type { AfterActionReport } from '../../facilitation/after-action-report-types';
import { el, paragraphs } from '../dom';
import './org-notes.css';
import { t } from '../../i18n/translate';

/** The notes by role and decision, or nothing when the session had none. */
export function orgNotesView(report: AfterActionReport): HTMLElement | null {
  if (!report.orgNotes) return null;
  return el(
    'section',
    { className: 'report-org-notes' },
    el('h2', { text: t('report.orgNotesHeading') }),
    el('p', { className: 'report-note', text: t('report.orgNotesLede') }),
    ...report.orgNotes.map((note) =>
      el(
        'div',
        { className: 'org-note' },
        el('h3', { text: `${note.roleName}: ${note.beatTitle}` }),
        ...paragraphs(note.text),
      ),
    ),
  );
}
