// The participant page's German areas, fetched only when the page speaks German.
export { common } from '../i18n/messages/de/common';
export { join } from '../i18n/messages/de/join';
export { recordProblems } from '../i18n/messages/de/record-problems';
export { roomRefusals } from '../i18n/messages/de/room-refusals';
export { sessionLog } from '../i18n/messages/de/session-log';
