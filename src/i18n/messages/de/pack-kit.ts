import type { Translation } from '../../catalogue';
import type { packKit as english } from '../en/pack-kit';

export const packKit: Translation<typeof english> = {
  heading: 'Bevor Sie beginnen',
  openingHeading: 'Begrüßung (zum Vorlesen)',
  welcome:
    'Willkommen. In den nächsten {minutes, plural, one {# Minute} other {# Minuten}} spielen wir „{title}“. {fictional, select, yes {Es ist eine erfundene Geschichte, geschrieben, um Entscheidungen zu üben, vor denen echte Menschen stehen.} other {Es beruht auf einem echten Vorfall, so wie ihn ein Nachrichtenbericht geschildert hat. Jedes Ergebnis sagt, wie sicher es ist: berichtet, behauptet, mutmaßlich, eine Meinung, eine offene Frage oder ein Was-wäre-wenn, das nicht geschehen ist.}}',
  teams:
    'Jedes Team spielt eine Rolle. Bei jeder Entscheidung beraten Sie sich, stimmen ab und nennen die Begründung Ihrer Gruppe in einem Satz. Es gibt keine Punkte und nicht die eine richtige Antwort: Jede Wahl hat ihren Preis.',
  noBlame:
    'Eine Regel steht über allen anderen: keine Schuldzuweisungen. Wir besprechen Entscheidungen, nicht Menschen. Was jemand in einer Rolle sagt oder wählt, sagt nichts über diese Person aus, und nichts, was hier gesagt wird, wird jemandem vorgehalten. Der Bericht hält die Abstimmungen und Begründungen der Gruppe fest, nie, wer was gesagt hat.',
  atWork:
    'Dieselbe Regel gilt bei der Arbeit. Wenn Ihnen mit vertraulichen Informationen ein Fehler passiert oder Sie einen entdecken, bitten wir Sie, ihn früh zu melden, und wer das tut, steht unter unserem Schutz; je früher er gemeldet wird, desto mehr lässt sich tun.',
  begin:
    'Bitte legen Sie Ihre Telefone umgedreht hin. Fragen sind jederzeit willkommen. Fangen wir an.',
  logisticsHeading: 'Organisatorisches: vor Ankunft der Gruppe prüfen',
  displays:
    'Zwei Bildschirme: der Laptop für die Moderationsansicht, der Beamer erweitert (nicht gespiegelt), damit die Notizen nie für die Gruppe sichtbar werden.',
  popUps:
    'Pop-ups für die Seite des Spiels erlaubt: Die Moderationsansicht öffnet sich in einem zweiten Fenster. Blockiert der Browser es, erlauben Sie Pop-ups oder öffnen Sie dieselbe Adresse mit ?view=presenter am Ende.',
  fullScreen:
    'Das Beamer-Fenster im Vollbild (F11) auf dem Beamer, die Moderationsansicht auf dem Laptop.',
  offline:
    'Die Offline-Kopie: Öffnen Sie das Spiel vor der Sitzung einmal auf diesem Laptop (danach läuft es auch ohne Netzwerk), oder bringen Sie die Einzeldatei spillage.html (npm run build:single) auf einem USB-Stick mit.',
  sound:
    'Ton: Das Beamer-Fenster gibt ihn wieder; prüfen Sie die Lautsprecher im Raum oder schalten Sie ihn im Menü stumm (Esc).',
  printed:
    'Gedruckt: eine Rollenkarte pro Team, das Glossar für jeden Tisch, ein Rückmeldebogen pro Person, dieser Leitfaden für Sie.',
  clock:
    'Eine Uhr, die alle sehen können, und Stifte; ein Flipchart für die Sofortauswertung, falls Sie eines nutzen.',
  reporting:
    'Der Meldeweg Ihrer Organisation (wem man es sagt und wie), damit Sie ihn in der Nachbesprechung nennen können.',
  afterHeading: 'Nach der Sitzung',
  afterHotWash:
    'Machen Sie die Sofortauswertung, solange alles frisch ist (das Blatt am Ende dieses Pakets), und tippen Sie sie in den Abschluss der Moderationsansicht ein: Daraus wird die erste Seite des Berichts.',
  afterFeedback: 'Teilen Sie den Rückmeldebogen aus und sammeln Sie ihn ein, bevor alle gehen.',
  afterDownload:
    'Laden Sie in der Moderationsansicht den Bericht, das Sitzungsprotokoll und die Anwesenheitsliste (CSV) herunter.',
};
