// Every area of the German catalogue, one file per English area (src/i18n/messages/en).
export { common } from './common';
export { menu } from './menu';
export { title } from './title';
export { play } from './play';
export { picker } from './picker';
export { debrief } from './debrief';
export { share } from './share';
export { whoKnew } from './who-knew';
export { selfCheck } from './self-check';
export { progress } from './progress';
export { recovery } from './recovery';
export { sounds } from './sounds';
export { flow } from './flow';
export { join } from './join';
