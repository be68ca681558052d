import { el } from '../dom';

/** The banner across the top of every play screen: an exercise, never real classified material. */
export function classificationBanner(roleName: string | null): HTMLElement {
  const text = roleName
    ? `Unclassified // Training exercise // ${roleName}`
    : 'Unclassified // Training exercise';
  return el('p', { className: 'classification-banner', text });
}
