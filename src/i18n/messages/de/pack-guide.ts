import type { Translation } from '../../catalogue';
import type { packGuide as english } from '../en/pack-guide';

export const packGuide: Translation<typeof english> = {
  heading: 'Moderationsleitfaden',
  runningHeading: 'Die Sitzung leiten',
  arriveStep: 'Bevor die Gruppe kommt: ',
  arriveDetail:
    'Richten Sie diesen Plan ein („{facilitate}“ auf dem Titelbildschirm) und drücken Sie „{start}“. Halten Sie die Rollenkarten für jedes Team bereit.',
  presenterStep: 'Öffnen Sie die Moderationsansicht ',
  presenterDetail:
    'auf Ihrem eigenen Bildschirm und legen Sie das Beamer-Fenster auf den Beamer. Blockiert der Browser das zweite Fenster, nennt das Spiel die Adresse, die Sie öffnen müssen.',
  timerStep: 'Starten Sie die Uhr, ',
  timerDetail: 'sobald die Gruppe die Lage gelesen hat („{timer}“).',
  revealStep: 'Decken Sie die Optionen auf, ',
  revealDetail: 'wenn die Diskussion in Gang gekommen ist („{reveal}“).',
  voteStep: 'Halten Sie die Abstimmung und eine Begründung in einem Satz fest: ',
  voteDetail:
    'das Handzeichen für jede Option oder die Option, auf die sich die Gruppe geeinigt hat, und ihre Begründung in einem Satz („{record}“).',
  advanceStep: 'Weiter: ',
  advanceDetail:
    'Lesen Sie das Ergebnis und seine Einstufung laut vor, stellen Sie eine Frage aus diesem Leitfaden, dann „{next}“.',
  endStep: 'Am Ende: ',
  endDetail:
    '„{end}“. Laden Sie den Bericht (Markdown) und das Sitzungsprotokoll (JSON) herunter; das Protokoll lässt sich unter „Sitzung vorbereiten“ wieder laden, um die Sitzung fortzusetzen oder nachzubereiten.',
  onPathHeading: 'Auf der Hauptlinie, Schritt für Schritt',
  onPathMark: 'Auf der Hauptlinie · Schritt {step}',
  otherDecisions: 'Weitere Entscheidungen, zu denen die Gruppe kommen kann',
  everyDecision: 'Alle Entscheidungen der Rolle',
  roleKicker: 'Moderationsleitfaden · nicht für die Teams',
  roleMinutes:
    'Einweisung {briefing}\u00a0Min. · {count, plural, one {# Entscheidung} other {# Entscheidungen}} im Ablaufplan · Nachbesprechung {debrief}\u00a0Min.',
  rejoinLabel: 'Wenn frühere Entscheidungen dieser Rolle nichts mehr zu tun lassen',
  rejoinText:
    'Die Moderationsansicht bietet „{rejoin}“ an (die Hauptlinie des Szenarios), und der Beamer zeigt Folgendes:',
  ending: 'Ende',
  endingHeading: '{lead}: {title}',
  discussionMinutes: 'Diskussion: {minutes}\u00a0Min. auf der Uhr',
  offPathMinutes: 'Falls die Gruppe hierherkommt: etwa {minutes}\u00a0Min.',
  aboutMinutes: 'Etwa {minutes}\u00a0Min.',
  purpose: 'Zweck',
  discussion: 'Diskussion',
  questionsToAsk: 'Fragen an die Gruppe',
  playersQuestions: 'Fragen, die die Spielenden sehen',
  decision: 'Die Entscheidung: {prompt}',
  noDecision: 'Hier gibt es keine Entscheidung: Die Gruppe liest und macht weiter.',
  roleKnows: 'Die Rolle weiß',
  roleDoesNotKnow: 'Die Rolle weiß nicht',
  debriefQuestions: 'Fragen für die Nachbesprechung',
  variantsNote:
    'Eine Option, je nach Lage unterschiedlich formuliert ({count, plural, one {# Fassung} other {# Fassungen}}; die Gruppe sieht nur eine):',
  outcome: 'Ergebnis: {status}',
  leadsTo: 'Führt zu: {kind, select, ending {Ende „{title}“} other {{title}}}',
  mainLine: 'Die Hauptlinie',
  offeredWhen: 'Nur angeboten, wenn: {condition}',
  cost: 'Preis: {cost}',
};
