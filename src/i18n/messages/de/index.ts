// Every area of the German catalogue, one file per English area (src/i18n/messages/en).
export { common } from './common';
export { menu } from './menu';
export { title } from './title';
export { presenter } from './presenter';
export { roomVote } from './roomVote';
export { wrapUpForm } from './wrapUpForm';
export { checkPanel } from './checkPanel';
export { projector } from './projector';
export { phones } from './phones';
export { setup } from './setup';
export { roomWindows } from './roomWindows';
