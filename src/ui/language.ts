import { isLanguage, pickLanguage, type Language } from '../i18n/languages';
import { setLanguage } from '../i18n/translate';
import { readStored, writeStored } from './safe-storage';

/** The language a player chose in the menu; without one, the browser's preference decides. */
const CHOSEN_LANGUAGE_KEY = 'spillage.language';

/**
 * Sets the page's language at start-up: the one chosen in the menu, else `?lang=` (a shared link
 * or a projector window opened in the facilitator's language), else the browser's; and marks the
 * page with it so screen readers and hyphenation follow.
 */
export function startLanguage(): Language {
  const fromAddress = new URLSearchParams(window.location.search).get('lang');
  const chosen = readStored(CHOSEN_LANGUAGE_KEY);
  const language = isLanguage(fromAddress)
    ? fromAddress
    : isLanguage(chosen)
      ? chosen
      : pickLanguage(navigator.languages ?? [navigator.language]);
  useLanguage(language);
  return language;
}

/** Words everything from now on in `language`, without keeping it as the player's choice. */
export function useLanguage(language: Language): void {
  setLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Keeps the player's choice and reloads: every screen, the menu and the scenario's text are then
 * built in the new language, and the game comes back where it was (play and facilitator sessions
 * resume on reload, see title-screen.ts and facilitator-app.ts).
 */
export function chooseLanguage(language: Language): void {
  writeStored(CHOSEN_LANGUAGE_KEY, language);
  const address = new URL(window.location.href);
  address.searchParams.delete('lang');
  history.replaceState(history.state, '', address.href);
  window.location.reload();
}
