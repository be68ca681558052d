import type { Scenario } from '../../engine/schema';
import { accuracyNotes } from '../../facilitation/accuracy-notes';
import { button, el, list, paragraphs, uniqueId } from '../dom';
import { t } from '../../i18n/translate';
import './about-scenario.css';

/** Whether a scenario has accuracy notes, so that a link to them is worth offering. */
export function hasAboutPanel(scenario: Scenario): boolean {
  return accuracyNotes(scenario) !== null;
}

/**
 * "About this scenario": the scenario's accuracy notes in a modal dialog (Esc or the button closes
 * it, and focus goes back to whatever opened it). Every word is set as text, never as markup.
 */
export function openAboutPanel(scenario: Scenario): void {
  const notes = accuracyNotes(scenario);
  if (!notes) return;
  const headingId = uniqueId('about-heading');
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const dialog = el('dialog', {
    className: 'about-scenario',
    attrs: { 'aria-labelledby': headingId },
  });
  const close = button(t('common.close'), () => dialog.close(), 'primary');
  dialog.append(
    el('p', { className: 'kicker', text: notes.title }),
    el('h2', { id: headingId, text: t('menu.aboutScenario') }),
    ...paragraphs(notes.summary, 'about-summary'),
    ...notes.roles.map((role) => {
      const roleHeading = el('h3', { id: uniqueId('about-role'), text: role.roleName });
      return el(
        'section',
        { className: 'about-role', attrs: { 'aria-labelledby': roleHeading.id } },
        roleHeading,
        ...role.lists.flatMap((part) => [
          el('h4', { text: part.heading }),
          list(part.items, 'about-list'),
        ]),
      );
    }),
    el('div', { className: 'about-actions' }, close),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  // Start at the top of the notes: the heading, not the close button at the bottom.
  const heading = dialog.querySelector<HTMLElement>(`#${headingId}`);
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}
