import type { Translation } from '../../catalogue';
import type { packTeams as english } from '../en/pack-teams';

export const packTeams: Translation<typeof english> = {
  plays: 'Spielt als {position}. von {count}',
  notPlayed: 'Wird nicht gespielt',
  campaignLegend: 'Rollen und Teams in Kampagnenreihenfolge',
  rolesLegend: 'Zu spielende Rollen in Spielreihenfolge',
  rolesHint:
    'Haken Sie jede Rolle an, die die Gruppe spielt, und benennen Sie das Team dazu; „{up}“ und „{down}“ legen die Reihenfolge fest.',
  moveUp: 'Nach oben',
  moveDown: 'Nach unten',
  teamLabel: 'Team für die Rolle „{role}“',
};
