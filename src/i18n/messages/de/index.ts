// Every area of the German catalogue, one file per English area (src/i18n/messages/en).
export { common } from './common';
export { menu } from './menu';
export { title } from './title';
export { history } from './history';
export { statusWords } from './status-words';
export { reportSummary } from './report-summary';
export { report } from './report';
export { sessionPlan } from './session-plan';
export { sessionLog } from './session-log';
export { roomRefusals } from './room-refusals';
export { choiceConditions } from './choice-conditions';
export { accuracyNotes } from './accuracy-notes';
