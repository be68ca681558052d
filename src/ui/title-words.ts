import { t, type MessageKey } from '../i18n/translate';
import { languageField } from './language-field';
import { requireElement } from './stage-loader';

/** index.html's title card, element by element, and the message each one shows. */
const TITLE_CARD_WORDS: ReadonlyArray<[selector: string, key: MessageKey]> = [
  ['.title-card .classification', 'title.classification'],
  ['.title-card .tagline', 'title.tagline'],
  ['.title-card .lede', 'title.lede'],
  ['#start-button', 'title.start'],
  ['#resume-button', 'title.resume'],
  ['#facilitate-button', 'title.facilitate'],
];

/**
 * Words index.html's first screen in the page's language. The HTML carries the English words, so
 * the card reads right before any script runs; this swaps them for the catalogue's, and adds the
 * language choice, before the first control is usable.
 */
export function wordTitleCard(): void {
  document.title = t('title.pageTitle');
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', t('title.description'));
  for (const [selector, key] of TITLE_CARD_WORDS) {
    const element = document.querySelector(selector);
    if (element) element.textContent = t(key);
  }
  const card = requireElement('screen').querySelector('.title-card');
  if (card && !card.querySelector('.language-field')) card.append(languageField('title-language'));
}
