import type { Translation } from '../../catalogue';
import type { wrapUpForm as english } from '../en/wrap-up-form';

export const wrapUpForm: Translation<typeof english> = {
  lineHint: 'Eine Angabe pro Zeile; höchstens {lines} Zeilen mit je {characters} Zeichen.',
  actionWhat: 'Maßnahme {number}: was zu tun ist',
  actionOwner: 'Maßnahme {number}: verantwortlich',
  actionDue: 'Maßnahme {number}: fällig am',
  badHeadcount: 'Die Zahl der Teilnehmenden muss eine ganze Zahl von 0 bis {most} sein.',
  actionWithoutWhat:
    'Maßnahme {number} hat eine verantwortliche Person oder ein Datum, aber keinen Inhalt: Geben Sie an, was zu tun ist.',
  save: 'Abschluss im Bericht speichern',
  addAction: 'Maßnahme hinzufügen',
  heading: 'Abschluss: für die erste Seite des Berichts',
  lede: 'Füllen Sie dies in der direkten Nachbesprechung mit der Gruppe aus und speichern Sie dann: Die Zusammenfassung unten wird dann aktualisiert. Nichts verlässt diesen Computer.',
  facilitator: 'Moderation',
  location: 'Ort',
  headcount: 'Teilnehmende (Anzahl)',
  names: 'Namen (optional)',
  namesHint: 'Ein Name pro Zeile; sie kommen in die Anwesenheitsliste (CSV).',
  takeaways: 'Erkenntnisse der Gruppe',
  strengths: 'Stärken',
  improvements: 'Zu verbessern',
  actions: 'Maßnahmen',
  what: 'Was zu tun ist',
  owner: 'Zuständig',
  due: 'Fällig',
};
