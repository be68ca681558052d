import { isLanguage, pickLanguage, type Language } from '../i18n/languages';
import { setLanguage } from '../i18n/translate';
import { readProgressText } from './progress-store';
import { readStored, writeStored } from './safe-storage';

/** The language a player chose in the menu; without one, the browser's preference decides. */
const CHOSEN_LANGUAGE_KEY = 'spillage.language';

/**
 * Sets the page's language at start-up: `?lang=` (a shared link, or a projector window opened in
 * the facilitator's language), else the one chosen in the menu, else the one kept progress was
 * played in, else the browser's; loads that
 * language's messages with `load`, and marks the page with it so screen readers and hyphenation
 * follow. Should the messages fail to load (a chunk missing offline), the page speaks English.
 */
export async function startLanguage(
  load: (language: Language) => Promise<void>,
): Promise<Language> {
  const fromAddress = new URLSearchParams(window.location.search).get('lang');
  const chosen = readStored(CHOSEN_LANGUAGE_KEY);
  const played = keptProgressLanguage();
  let language: Language = isLanguage(fromAddress)
    ? fromAddress
    : isLanguage(chosen)
      ? chosen
      : isLanguage(played)
        ? played
        : pickLanguage(navigator.languages ?? [navigator.language]);
  try {
    await load(language);
  } catch {
    language = 'en';
  }
  useLanguage(language);
  return language;
}

/** The language kept progress was played in, read without its schema (checked on resume). */
function keptProgressLanguage(): unknown {
  try {
    return (JSON.parse(readProgressText() ?? 'null') as { language?: unknown } | null)?.language;
  } catch {
    return undefined;
  }
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
