import type { Translation } from '../../catalogue';
import type { pack as english } from '../en/pack';

export const pack: Translation<typeof english> = {
  heading: '{title}: Druckpaket für die Moderation',
  print: 'Drucken',
  back: 'Zurück',
  toolbarHint:
    'Drucken Sie es aus oder wählen Sie im Druckdialog „Als PDF speichern“. Jede Rollenkarte kommt auf eine eigene Seite, zum Austeilen an ihr Team; der Moderationsleitfaden ist nur für Sie.',
  kicker: 'Spillage · Szenarioversion {version}{fictional, select, yes { · erfunden} other {}}',
  date: 'Datum',
  facilitator: 'Moderation',
  room: 'Raum',
  planHeading: 'Der Plan',
  mode: 'Modus',
  time: 'Zeit',
  timeValue: '{budget} Minuten eingeplant; der Ablaufplan unten braucht {total}\u00a0Min.',
  roles: 'Rollen',
  rolesValue: '{played} von {total} Rollen des Szenarios',
  teamsCaption: 'Teams in Spielreihenfolge',
  turn: 'Nr.',
  team: 'Team',
  role: 'Rolle',
  runSheet: 'Ablaufplan',
  runSheetHint:
    'Die Minuten zählen ab Beginn der Sitzung. Tragen Sie vorher für jeden Teil die Uhrzeit ein, zu der er enden soll; die Moderationsansicht misst die Zeit jeder Entscheidung.',
  runSheetCaption: 'Die Sitzung, Teil für Teil ({total, plural, one {# Minute} other {# Minuten}})',
  facilitatorOnly: 'Nur für die Moderation, nicht für die Teams',
  rolePlayedBy: '{role}, gespielt von {team}',
  offPath: 'Abseits der Hauptlinie',
  mainLineEnds: 'Wie die Hauptlinie endet',
  cardKicker: 'Rollenkarte · für {team}',
  cardPlayedBy: 'Gespielt von {team}',
  cardBrief: 'Ihr Auftrag',
  cardKnows: 'Was Sie zu Beginn wissen',
  turnOnly: 'Sie sind als {turn}. von {count} an der Reihe.',
  turnCampaignFirst:
    'Sie sind als {turn}. von {count} an der Reihe. Die Teams nach Ihnen bekommen die Folgen Ihrer Entscheidungen zu spüren.',
  turnCampaignLater:
    'Sie sind als {turn}. von {count} an der Reihe. Die Entscheidungen der Teams vor Ihnen prägen die Lage, die Sie vorfinden.',
  turnRolesLater:
    'Sie sind als {turn}. von {count} an der Reihe. Ihre Rolle beginnt {fictional, select, yes {mit der Geschichte, wie sie geschrieben ist} other {auf der Hauptlinie des Szenarios}}, egal was vorher gewählt wurde.',
  whoKnewWhatNote:
    'Vor der Sitzung gedruckt, daher steht hier keine Entscheidung einer Gruppe: Jede Rolle folgt der Hauptlinie des Szenarios. Der Abschlussbericht zeichnet dasselbe Bild mit den Entscheidungen, die die Gruppe getroffen hat.',
};
