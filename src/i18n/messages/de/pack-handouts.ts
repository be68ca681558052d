import type { Translation } from '../../catalogue';
import type { packHandouts as english } from '../en/pack-handouts';

export const packHandouts: Translation<typeof english> = {
  glossaryKicker: 'Handzettel · einer pro Tisch',
  glossaryHeading: 'Glossar',
  classifiedTerm: 'Verschlusssache',
  classifiedMeaning:
    'Informationen, die eine Regierung als geheim eingestuft hat. Nur Personen mit entsprechender Freigabe dürfen sie sehen, und nur auf Systemen, die dafür zugelassen sind.',
  spillageTerm: 'Spillage (Abfluss eingestufter Daten)',
  spillageMeaning:
    'Eingestufte oder vertrauliche Informationen gelangen auf ein System, das dafür nicht zugelassen ist, etwa auf einen Computer zu Hause. Das ist ein Sicherheitsvorfall, auch wenn noch niemand die Dateien gelesen hat.',
  antiVirusTerm: 'Antivirensoftware',
  antiVirusMeaning:
    'Sicherheitssoftware, die einen Computer nach schädlichen Programmen durchsucht und blockiert oder entfernt, was sie erkennt.',
  sampleTerm: 'Einsenden von Dateiproben',
  sampleMeaning:
    'Die Antivirensoftware schickt eine verdächtige Datei an die Server ihres Herstellers, damit dessen Analysten sie untersuchen können. Das hilft, alle Kunden zu schützen, und es bedeutet, dass eine Kopie der Datei Ihren Computer verlässt.',
  hashTerm: 'Hashwert',
  hashMeaning:
    'Ein kurzer Fingerabdruck, berechnet aus dem Inhalt einer Datei. Dieselbe Datei ergibt immer denselben Hashwert, jede Änderung einen anderen; so lässt sich eine bekannte Datei an ihrem Hashwert erkennen, ohne die Datei selbst aufzubewahren oder zu lesen.',
  signatureTerm: 'Signatur',
  signatureMeaning:
    'Ein Muster, an dem sich bekannte Schadsoftware erkennen lässt, etwa der Hashwert einer Datei oder eine verräterische Bytefolge. Antivirensoftware vergleicht, was sie durchsucht, mit ihren Signaturen.',
  detectionTerm: 'Erkennungsregel',
  detectionMeaning:
    'Eine Regel in Sicherheitssoftware, die etwas erkennt (eine Datei, ein Verhalten) und Alarm schlägt. Hersteller bauen Erkennungsregeln aus den Proben, die ihre Analysten untersuchen.',
  archiveTerm: 'Komprimiertes Archiv',
  archiveMeaning:
    'Mehrere Dateien, in eine kleinere Datei gepackt (zum Beispiel eine .zip-Datei). Ein Scanner schaut vielleicht hinein, vielleicht auch nicht.',
  piratedTerm: 'Raubkopierte Software',
  piratedMeaning:
    'Die Kopie eines Programms, die ohne Lizenz genutzt wird, meist aus einer inoffiziellen Quelle. Über solche Kopien gelangt häufig Schadsoftware auf einen Computer.',
  equationGroupTerm: 'Equation Group',
  equationGroupMeaning:
    'Der Name einer Gruppe von Hackern. Der AP-Bericht, auf dem dieses Szenario beruht, nennt sie „an extraordinarily powerful band of hackers that would later be exposed as an arm of the US National Security Agency“ (auf Deutsch: eine außerordentlich mächtige Hackergruppe, die später als ein Zweig der US-amerikanischen National Security Agency enttarnt werden sollte). Mehr wird hier darüber nicht behauptet.',
  statusHeading: 'Wie sicher ist jedes Ergebnis?',
  feedbackKicker: 'Handzettel · einer pro Person · anonym',
  feedbackHeading: 'Ihre Rückmeldung',
  feedbackHint:
    'Kreisen Sie in jeder Zeile eine Zahl ein: 1 = stimme überhaupt nicht zu, 5 = stimme voll zu.',
  feedbackCaption: 'Aussagen zum Bewerten von 1 bis 5',
  statementSpill:
    'Ich weiß, was zu tun ist, wenn vertrauliche Arbeitsunterlagen irgendwo landen, wo sie nicht hingehören.',
  statementReport:
    'Ich weiß, wie ich einen Sicherheitsfehler bei der Arbeit melde und wem ich es sage.',
  statementSources:
    'Ich kann eine Tatsache, über die die Presse berichtet, von der Darstellung einer Seite unterscheiden.',
  statementSafe:
    'Die Diskussion fühlte sich sicher an: Besprochen wurden Entscheidungen, nicht Menschen.',
  statementTime: 'Die Sitzung war meine Zeit wert.',
  differently: 'Eine Sache, die ich bei der Arbeit anders machen werde',
  better: 'Was diese Sitzung besser machen würde',
  hotWashKicker: 'Moderation · die Sofortauswertung, 10 Minuten direkt nach dem Spiel',
  hotWashHeading: 'Sofortauswertung',
  hotWashHint:
    'Fragen Sie die Gruppe, schreiben Sie mit und tippen Sie es dann in den Abschluss der Moderationsansicht ein: Daraus wird die erste Seite des Berichts. Halten Sie sich an die Regel „keine Schuldzuweisungen“: was geschah und was sich ändern soll, nicht wer.',
  location: 'Ort',
  participants: 'Teilnehmende (Anzahl)',
  takeaways: 'Was die Gruppe mitnimmt: Was werden Sie sich merken?',
  strengths: 'Stärken: Was hat gut funktioniert, in der Sitzung und in unserer eigenen Praxis?',
  improve: 'Verbesserungen: Was sollte sich ändern?',
  actions: 'Maßnahmen',
  actionsCaption: 'Maßnahmen, von Hand auszufüllen',
  actionWhat: 'Was zu tun ist',
  actionOwner: 'Zuständig',
  actionDue: 'Fällig',
};
