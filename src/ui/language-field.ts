import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages';
import { currentLanguage, t } from '../i18n/translate';
import { el } from './dom';
import { chooseLanguage } from './language';

/**
 * The language choice (title card and menu): each language named in itself and marked with its
 * own `lang`, so a screen reader reads "Deutsch" in German whatever the page's language.
 */
export function languageField(id: string): HTMLElement {
  const select = el('select', { id });
  for (const language of LANGUAGES) {
    const option = el('option', {
      text: LANGUAGE_NAMES[language],
      attrs: { value: language, lang: language },
    });
    option.selected = language === currentLanguage();
    select.append(option);
  }
  select.addEventListener('change', () => {
    if (isLanguage(select.value) && select.value !== currentLanguage())
      chooseLanguage(select.value);
  });
  return el(
    'div',
    { className: 'field language-field' },
    el('label', { attrs: { for: id }, text: t('common.language') }),
    select,
  );
}
