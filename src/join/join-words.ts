import { t } from '../i18n/translate';

/**
 * Words join.html's static parts in the page's language: the HTML carries the English words, so
 * the page reads right before any script runs (the form that follows is built worded).
 */
export function wordJoinPage(): void {
  document.title = t('join.pageTitle');
  const heading = document.querySelector('#join h1');
  if (heading) heading.textContent = t('join.heading');
}
