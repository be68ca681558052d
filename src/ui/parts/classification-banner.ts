import { t } from '../../i18n/translate';
import { el } from '../dom';

/** The banner across the top of every play screen: an exercise, never real classified material. */
export function classificationBanner(roleName: string | null): HTMLElement {
  // The same marking as the title card's, so the exercise is named one way everywhere.
  const marking = t('title.classification');
  const text = roleName ? t('play.banner', { marking, role: roleName }) : marking;
  return el('p', { className: 'classification-banner', text });
}
