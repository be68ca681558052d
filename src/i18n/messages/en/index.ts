// Every area of the English catalogue; each area is one file, named for the screens that use it.
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
