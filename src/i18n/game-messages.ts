import { addMessages } from './translate';
import type { Language } from './languages';
import * as english from './messages/en';

// The game's and the tools' words: English always, as every catalogue's first language.
addMessages('en', english);

/**
 * Loads the game's catalogue in `language` (German comes as its own chunk, fetched only when the
 * page speaks it). Resolves once `t` can word every key in it.
 */
export async function loadGameMessages(language: Language): Promise<void> {
  if (language === 'de') addMessages('de', await import('./messages/de'));
}
