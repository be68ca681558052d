// Every area of the German catalogue, one file per English area (src/i18n/messages/en).
export { common } from './common';
export { menu } from './menu';
export { title } from './title';
export { scenarioFile } from './scenario-file';
export { scenarioShape } from './scenario-shape';
export { scenarioParts } from './scenario-parts';
export { scenarioRules } from './scenario-rules';
export { scenarioCheck } from './scenario-check';
export { playRefusals } from './play-refusals';
export { recordProblems } from './record-problems';
