import type { Translation } from '../../catalogue';
import type { whoKnew as english } from '../en/who-knew';

export const whoKnew: Translation<typeof english> = {
  heading: 'Wer wusste was, wann',
  intro:
    'Derselbe Vorfall aus allen Rollen zugleich gesehen: was jede zu jedem Zeitpunkt sehen konnte und was nicht.',
  caption: 'Was jede Rolle wusste, nicht wusste und wählte, Zeitpunkt für Zeitpunkt',
  when: 'Wann',
  notAtThisMoment: 'Nicht zu diesem Zeitpunkt',
  knew: 'Wusste',
  didNotKnow: 'Wusste nicht',
  chose: 'Wählte',
  pictureHint:
    'Zeigen Sie auf eine Markierung oder springen Sie mit Tab dorthin, um zu sehen, was diese Rolle zu diesem Zeitpunkt wusste.',
  pictureLabel:
    'Wer wusste was, wann: {roles, plural, one {# Rolle} other {# Rollen}} zu {moments, plural, one {# Zeitpunkt} other {# Zeitpunkten}}',
  axis: 'Zeitpunkte auf der Zeitachse',
  keyPlayed: 'die hier gespielten Entscheidungen',
  markLabel: '{role}, {moment}: {beat}; {choice}',
  markChose: 'wählte {choice}',
  markNoDecision: 'hier keine Entscheidung',
};
