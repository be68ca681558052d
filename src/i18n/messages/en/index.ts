// Every area of the English catalogue; each area is one file, named for the screens that use it.
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
