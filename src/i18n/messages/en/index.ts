// Every area of the English catalogue; each area is one file, named for the screens that use it.
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
