import type { Language } from '../../i18n/languages';

/**
 * This page's address for a window of the session (`?view=presenter` or `?view=projector`), or for
 * the game itself (`view` null). With a `language`, the address names it (`?lang=`): a window this
 * one opens then speaks it, even where the language came from this page's own address rather
 * than the stored choice. Without one, the address keeps the `?lang=` this page has, if any: a
 * reload keeps it, and a language chosen later in the menu still applies elsewhere.
 */
export function roomAddress(
  view: 'presenter' | 'projector' | null,
  language: Language | null = null,
): string {
  const params = new URLSearchParams();
  if (view) params.set('view', view);
  const lang = language ?? new URLSearchParams(window.location.search).get('lang');
  if (lang) params.set('lang', lang);
  const query = params.toString();
  return query ? `${window.location.pathname}?${query}` : window.location.pathname;
}
