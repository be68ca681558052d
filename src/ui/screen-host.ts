import { shortenMessage } from './shorten-text';
import { requireElement } from './stage-loader';
import { t } from '../i18n/translate';

/**
 * Swaps what #screen shows, moves focus to the new screen's heading and announces it, so that
 * keyboard and screen-reader users land where sighted users look.
 */
export function replaceScreen(
  nodes: Node[],
  focusTarget: HTMLElement | null,
  announcement = '',
): void {
  const screen = requireElement('screen');
  screen.replaceChildren(...nodes);
  window.scrollTo({ top: 0 });
  const target = focusTarget ?? screen;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  announce([target.textContent ?? '', announcement].filter(Boolean).join('. '));
}

/** Says something through the polite live region, shortened as notices are. */
export function announce(text: string): void {
  const announcer = requireElement('announcer');
  const said = shortenMessage(text);
  // Clearing first makes screen readers repeat an identical message.
  announcer.textContent = '';
  requestAnimationFrame(() => (announcer.textContent = said));
}

/** The most notices on screen at once: older ones give way, so notices never pile up. */
export const MAX_NOTICES = 3;

/**
 * Shows a short notice at the top of the screen (e.g. progress can't be kept). What it echoes is
 * shortened (see shortenMessage); the same notice again replaces the earlier one, and only the
 * newest MAX_NOTICES stay.
 */
export function showNotice(text: string): void {
  const notices = requireElement('notices');
  const shown = shortenMessage(text);
  for (const earlier of notices.querySelectorAll<HTMLElement>('.notice'))
    if (earlier.dataset.text === shown) earlier.remove();
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.dataset.text = shown;
  notice.textContent = shown;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.textContent = t('common.dismiss');
  close.addEventListener('click', () => notice.remove());
  notice.append(' ', close);
  notices.append(notice);
  while (notices.children.length > MAX_NOTICES) notices.firstElementChild?.remove();
}
