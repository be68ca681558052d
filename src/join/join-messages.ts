import type { Language } from '../i18n/languages';
import { common } from '../i18n/messages/en/common';
import { join } from '../i18n/messages/en/join';
import { recordProblems } from '../i18n/messages/en/record-problems';
import { roomRefusals } from '../i18n/messages/en/room-refusals';
import { sessionLog } from '../i18n/messages/en/session-log';
import { addMessages } from '../i18n/translate';

/**
 * The participant page's words, and no more: it runs on phones on a room's Wi-Fi, so it carries
 * only the areas it shows (tests/i18n/page-messages.test.ts checks that they are enough).
 */
const JOIN_ENGLISH = { common, join, recordProblems, roomRefusals, sessionLog };
export const JOIN_AREAS: readonly string[] = Object.keys(JOIN_ENGLISH);

addMessages('en', JOIN_ENGLISH);

/** Loads the participant page's areas in `language` (German as its own small chunk). */
export async function loadJoinMessages(language: Language): Promise<void> {
  if (language === 'de') addMessages('de', await import('./join-messages-de'));
}
