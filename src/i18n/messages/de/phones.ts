import type { Translation } from '../../catalogue';
import type { phones as english } from '../en/phones';

export const phones: Translation<typeof english> = {
  connecting: 'Verbindung zum Raumserver wird hergestellt …',
  reconnecting:
    'Der Raumserver ist nicht erreichbar: Die Verbindung wird wiederhergestellt (bisher abgegebene Stimmen bleiben erhalten).',
  ended: 'Der Raum wurde beendet.',
  failed: 'Der Raumserver hat diesen Raum abgelehnt.',
  joinLink: 'Zur Abstimmung: {url}',
  qrCode: 'QR-Code, um mit dem Handy an der Abstimmung teilzunehmen',
  roomCode: 'Raumcode: {code}',
  teams: 'Jedes Team entscheidet. Geben Sie als Ihr Team einen dieser Namen an: {teams}.',
  quotedTeam: '„{team}“',
  joined: '{joined} beigetreten · {voted} abgestimmt',
  open: 'Handy-Stimmen (offen):',
  closed: 'Handy-Stimmen (geschlossen):',
  tally: 'Handy-Stimmen je Option',
  someone: 'Jemand',
  ballot: '{who}: {choice}',
  ballotWithReason: '{who}: {choice}. „{reason}“',
  heading: 'Stimmen per Handy',
  whoAndWhy: 'Wer wie abgestimmt hat, und warum',
  otherComputer: 'Ein Beamer an einem anderen Computer: ',
  openThere: 'dort den Beamer öffnen',
  join: 'An der Abstimmung teilnehmen',
  noServer:
    'Handys können dieser Sitzung nicht beitreten: Diese Kopie des Spiels läuft ohne ihren Raumserver (eine einzelne Datei, eine Offline-Kopie oder ein statischer Webserver). Starten Sie sie mit „npm start“, damit die Gruppe mit eigenen Geräten abstimmen kann; zählen Sie bis dahin unten die Handzeichen.',
  refused: 'Der Raumserver hat das abgelehnt: {why}.',
};
