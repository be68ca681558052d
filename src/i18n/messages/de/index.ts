// Every area of the German catalogue, one file per English area (src/i18n/messages/en).
export { common } from './common';
export { menu } from './menu';
export { title } from './title';
export { pack } from './pack';
export { packGuide } from './packGuide';
export { packHandouts } from './packHandouts';
export { packKit } from './packKit';
export { packMinutes } from './packMinutes';
export { packOverview } from './packOverview';
export { packTeams } from './packTeams';
