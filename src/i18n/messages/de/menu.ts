import type { Translation } from '../../catalogue';
import type { menu as english } from '../en/menu';

export const menu: Translation<typeof english> = {
  heading: 'Menü',
  open: 'Menü',
  close: 'Menü schließen',
  display: 'Anzeige',
  textSize: 'Schriftgröße',
  percent: '{value} %',
  projectorMode: 'Beamer-Modus (große Schrift, breites Layout)',
  sound: 'Ton',
  volume: 'Lautstärke',
  mute: 'Allen Ton stummschalten',
  restartRole: 'Diese Rolle neu beginnen',
  aboutScenario: 'Über dieses Szenario',
  otherScenario: 'Anderes Szenario wählen',
  backToTitle: 'Zurück zum Titel',
  forgetProgress: 'Meinen gespeicherten Fortschritt löschen',
};
