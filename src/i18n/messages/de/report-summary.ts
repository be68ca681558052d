import type { Translation } from '../../catalogue';
import type { reportSummary as english } from '../en/report-summary';

export const reportSummary: Translation<typeof english> = {
  heading: 'Zusammenfassung',
  takeaways: 'Erkenntnisse der Gruppe',
  strengths: 'Stärken',
  improvements: 'Zu verbessern',
  actions: 'Maßnahmen',
  actionColumn: 'Maßnahme',
  ownerColumn: 'Zuständig',
  dueColumn: 'Fällig',
  noneEntered: 'Nichts eingetragen.',
  notWrappedUp:
    'Die Moderation hat für diese Sitzung keinen Abschluss eingetragen: Die Zusammenfassung enthält nur, was das Sitzungsprotokoll festhält.',
  appendix: 'Anhang: das Entscheidungsprotokoll',
  appendixNote:
    'Jede Entscheidung, wie die Gruppe sie traf: die Abstimmungen, die Begründung, das Ergebnis mit Status und Quellen und was laut Quelle getan wurde.',
  date: 'Datum',
  facilitator: 'Moderation',
  location: 'Ort',
  participants: 'Teilnehmende',
  scenario: 'Szenario',
  mode: 'Modus',
  teams: 'Teams',
  time: 'Zeit',
  decisions: 'Entscheidungen',
  questionsDiscussed: 'Besprochene Fragen',
  notEntered: 'nicht eingetragen',
  none: 'keine',
  people: '{people, plural, one {# Person} other {# Personen}}',
  peopleAndNames:
    '{people, plural, one {# Person} other {# Personen}} ({names, plural, one {# Name} other {# Namen}} auf der Anwesenheitsliste)',
  names: '{names, plural, one {# Name} other {# Namen}} auf der Anwesenheitsliste',
  scenarioVersion: '{title}, Version {version}',
  minutesPlanned: '{planned, plural, one {{planned} Minute} other {{planned} Minuten}} geplant',
  minutesPlannedTaken:
    '{planned, plural, one {{planned} Minute} other {{planned} Minuten}} geplant, {taken} gebraucht',
  decisionsRecorded:
    '{decisions, plural, one {# Entscheidung} other {# Entscheidungen}} festgehalten, in {played} von {planned, plural, one {# geplanten Rolle} other {# geplanten Rollen}}',
};
