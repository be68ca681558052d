/**
 * Shortening text that the game echoes back (a file name, an id, a browser's error message), so
 * that a hostile or huge input can never fill the page: what is cut says how long it was.
 */
import { t } from '../i18n/translate';

/** The most characters of one echoed piece (a run without spaces: an id, a file name). */
export const ECHO_LIMIT = 120;
/** The most characters of a whole notice or error message shown on screen. */
export const MESSAGE_LIMIT = 600;

/** `text` cut to `limit` characters with an ellipsis and its full length, or as it is. */
export function shortenEcho(text: string, limit = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit;
  // Never split a surrogate pair: half an emoji would show as a replacement character.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return t('recovery.shortened', { start: text.slice(0, end), count: text.length });
}

/** A message whose long unbroken runs are shortened, and which is itself at most MESSAGE_LIMIT. */
export function shortenMessage(text: string): string {
  const runsShortened = text.replace(new RegExp(`\\S{${ECHO_LIMIT + 1},}`, 'g'), (run) =>
    shortenEcho(run),
  );
  return shortenEcho(runsShortened, MESSAGE_LIMIT);
}
