import type { Translation } from '../../catalogue';
import type { join as english } from '../en/join';

export const join: Translation<typeof english> = {
  pageTitle: 'Dem Raum beitreten: Spillage',
  heading: 'Dem Raum beitreten',
  codeLabel: 'Raumcode',
  codeHint: '{length} Buchstaben und Ziffern, am Beamer angezeigt',
  codeInvalid: 'Ein Raumcode hat {length} Buchstaben und Ziffern: Prüfen Sie ihn am Beamer.',
  codeWrong: 'Dieser Raumcode stimmt nicht: Prüfen Sie ihn am Beamer.',
  join: 'Beitreten',
  room: 'Raum {code}',
  nameLabel: 'Ihr Name (freiwillig)',
  nameHint: 'Nur die Moderation sieht ihn, nie der Beamer.',
  teamLabel: 'Ihr Team oder Tisch (freiwillig)',
  teamHint:
    'Zum Beispiel „Tisch 3“. Entscheidet jedes Team für sich, zeigt der Beamer diesen Namen.',
  connecting: 'Verbindung zum Raum wird hergestellt…',
  joiningRoom: 'Beitritt zu Raum {code}',
  noRoom: 'Kein Raum mit dem Code {code} ist offen. Prüfen Sie den Code am Beamer.',
  noRoomYet:
    'Noch ist kein Raum mit diesem Code offen. Diese Seite versucht es weiter, falls die Sitzung gerade erst beginnt.',
  notInYet: 'Noch nicht im Raum. Diese Seite versucht es weiter.',
  otherCode: 'Anderen Code eingeben',
  connected: 'Sie sind im Raum.',
  reconnecting:
    'Die Verbindung ist abgebrochen. Sie wird neu aufgebaut; Ihre Stimme bleibt auf diesem Gerät gespeichert.',
  notSent: 'Nicht gesendet: {why}.',
  inTheRoom: 'Sie sind im Raum',
  joinedAsNameAndTeam: 'Sie sind als {name} beigetreten, Team „{team}“.',
  joinedAsName: 'Sie sind als {name} beigetreten.',
  joinedAsTeam: 'Sie sind als Team „{team}“ beigetreten.',
  joinedAnonymously: 'Sie sind ohne Namen und Team beigetreten.',
  changeProfile: 'Name oder Team ändern',
  waitForVote: 'Warten Sie, bis die Moderation eine Abstimmung öffnet.',
  voteOpen:
    'Die Abstimmung ist offen. Sie können Ihre Stimme ändern, bis die Moderation sie schließt.',
  voteIn: 'Ihre Stimme ist abgegeben: {choice}. Sie können sie ändern, bis die Abstimmung endet.',
  choices: 'Optionen',
  reasonLabel: 'Ihre Begründung in einer Zeile (freiwillig)',
  sendVote: 'Stimme abgeben',
  changeVote: 'Stimme ändern',
  pickFirst: 'Wählen Sie zuerst eine der Optionen.',
  closed: 'Die Abstimmung ist geschlossen.',
  closedWithVote: 'Die Abstimmung ist geschlossen. Ihre Stimme: {choice}.',
  ended: 'Die Sitzung ist beendet.',
  endedThanks: 'Die Sitzung ist beendet. Danke fürs Mitmachen.',
};
