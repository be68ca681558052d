import type { Translation } from '../../catalogue';
import type { scenarioCheck as english } from '../en/scenario-check';

export const scenarioCheck: Translation<typeof english> = {
  outcomeUncited: "das Ergebnis der Option ''{choice}'' der Szene ''{beat}'' zitiert keine Quelle",
  neverAvailable:
    "Option ''{choice}'' der Szene ''{beat}'' (Rolle ''{role}'') kann nie gewählt werden: ihre Bedingung gilt in keiner erreichbaren Welt",
  unreached:
    "{kind, select, beat {Szene} other {Ende}} ''{id}'' der Rolle ''{role}'' wird in keiner spielbaren Welt erreicht (die Bedingungen auf dem Weg gelten nie)",
  rejoinDoesNotSatisfy:
    "Rolle ''{role}'': nach dem Wiedereinstieg in die Geschichte gilt ihr ''requires'' immer noch nicht; sorgen Sie mit rejoinHistory.effects dafür, dass es gilt",
  deadEnd:
    "Szene ''{beat}'' der Rolle ''{role}'' ist eine Sackgasse: in einer erreichbaren Welt ({world}) ist keine ihrer Optionen verfügbar",
  initialWorld: 'die Ausgangswelt',
  explorationCapped:
    'nach {states} Zuständen (Szene, Welt) abgebrochen: zu viele Kombinationen von Weltvariablen, um zu beweisen, dass das Szenario keine Sackgassen hat',
  noEnding:
    "von Szene ''{beat}'' der Rolle ''{role}'' aus ist in einer erreichbaren Welt kein Ende erreichbar (eine Schleife ohne Ausweg oder nur Sackgassen voraus)",
  unknownStageKey:
    "{where} nennt {kind, select, setting {den Schauplatz ''{key}'', den} accent {die Akzentfarbe ''{key}'', die} other {den Klang ''{key}'', den}} das Spiel nicht kennt (bekannt: {known}); {kind, select, sound {es wird nichts abgespielt} accent {es wird die Farbe des Schauplatzes verwendet} other {es wird der neutrale Raum gezeigt}}",
  sameLanguage:
    "die Sprache einer Übersetzung muss sich von der des Originals unterscheiden (''{language}'')",
  sourceLanguage:
    "die Auszüge bleiben in der Sprache des Originals: ergänzen Sie ''sourceLanguage: {language}'' in dieser scenario.yaml",
  listLengths:
    'das Original hat hier {originalIsList, select, yes {{originalCount, plural, one {# Eintrag} other {# Einträge}}} other {keine Liste}} und die Übersetzung {translatedIsList, select, yes {{translatedCount}} other {keine}}; eine Übersetzung lässt jede Liste, wie sie ist',
  keyAdded:
    "''{key}'' steht nicht im Original; eine Übersetzung ändert nur Worte und fügt nichts hinzu",
  keyMissing: "''{key}'' steht im Original, fehlt aber hier",
  quoteChanged:
    'ein wörtlicher Auszug bleibt in den Worten der Quelle, Zeichen für Zeichen; schreiben Sie die Übersetzung in `translation`',
  valueDiffers:
    'das ist hier {translated}, im Original aber {original}; eine Übersetzung ändert nur Worte, die Menschen lesen',
  needsTranslation:
    "Quelle ''{source}'' braucht eine ''translation'': der Auszug bleibt wörtlich, mit seiner Bedeutung in der Sprache ''{language}'' daneben",
  unchecked:
    'die Übersetzung kann nicht verglichen werden, solange {broken, select, translation {sie} other {das Original}} Fehler hat',
};
