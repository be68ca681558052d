import type { Translation } from '../../catalogue';
import type { packMinutes as english } from '../en/pack-minutes';

export const packMinutes: Translation<typeof english> = {
  roleHeading: '{role} ({minutes}\u00a0Min.)',
  rolePlayedByHeading: '{role}, gespielt von {team} ({minutes}\u00a0Min.)',
  briefing: 'Einweisung',
  scenes: 'Szenen ohne Entscheidung, vorgelesen',
  debrief: 'Nachbesprechung',
  overview: 'Überblick: die Lage',
  allowance:
    'Puffer: Abzweige von der Hauptlinie, Wiedereinstiege, erneute Abstimmungen bei Gleichstand',
  wrapUp: 'Abschluss: Diskussion und Bericht',
  narrated:
    'Vorgelesen: {title} (die Wahl der Hauptlinie wird vorgelesen, keine Abstimmung{news, select, none {} other {, Nachrichten {news}}})',
  decision:
    'Entscheidung: {title} (Diskussion {discussion}, Abstimmung und Ergebnis {vote}{news, select, none {} other {, Nachrichten {news}}})',
  part: 'Teil',
  minutes: 'Minuten',
  endsBy: 'Endet bei Minute',
  clock: 'Uhrzeit',
  total: 'Gesamt',
};
