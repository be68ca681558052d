import type { Translation } from '../../catalogue';
import type { sounds as english } from '../en/sounds';

export const sounds: Translation<typeof english> = {
  ambientHome: 'Hintergrundgeräusch: ein stiller Raum, ein Computerlüfter',
  ambientLab: 'Hintergrundgeräusch: Summen eines Serverraums und leises Klicken',
  ambientOffice: 'Hintergrundgeräusch: gedämpfte Klimaanlage',
  ambientField: 'Hintergrundgeräusch: ein tiefes Dröhnen und Regen',
  select: 'Leises Ticken',
  confirm: 'Bestätigungston',
  alert: 'Alarmton',
  teleprinter: 'Rattern eines Fernschreibers',
};
