import type { Translation } from '../../catalogue';
import type { recovery as english } from '../en/recovery';

export const recovery: Translation<typeof english> = {
  heading: 'Etwas ist schiefgegangen',
  storageFull: 'Der Speicher des Browsers ist voll, daher konnte etwas nicht gespeichert werden.',
  storageRefused:
    'Der Browser hat dem Spiel den Zugriff auf seinen Speicher verweigert (das kann an einem privaten Fenster oder strengen Datenschutzeinstellungen liegen).',
  addressDamaged: 'Die Adresse dieser Seite ist beschädigt und konnte nicht gelesen werden.',
  dataDamaged:
    'Daten, die das Spiel gelesen hat, waren beschädigt oder nicht in der erwarteten Form.',
  unexpected: 'Ein Teil des Spiels wurde wegen eines unerwarteten Problems angehalten.',
  nothingDeleted:
    'Nichts wurde gelöscht: Ihr gespeicherter Fortschritt, Ihre Einstellungen und jede in diesem Browser gespeicherte Sitzung sind sicher. Sie können dort weitermachen, wo Sie waren, oder vom Titel aus neu beginnen.',
  browserReported: 'Was der Browser gemeldet hat',
  happenedTimes:
    'Das ist seit dem Öffnen der Seite {count, plural, one {# Mal} other {# Mal}} passiert.',
  goOn: 'Weitermachen, wo ich war',
  restart: 'Vom Titel aus neu beginnen',
  shortened: '{start}… ({count, plural, one {# Zeichen} other {# Zeichen}})',
};
