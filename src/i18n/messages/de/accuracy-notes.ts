import type { Translation } from '../../catalogue';
import type { accuracyNotes as english } from '../en/accuracy-notes';

export const accuracyNotes: Translation<typeof english> = {
  invented: 'Für das Spiel erfunden',
  open: 'Was die Quelle offenlässt',
  claims: 'Wer was behauptet',
  documentTitle: 'Hinweise zur Genauigkeit',
  documentWrittenBy:
    'Geschrieben von `npm run docs:accuracy` aus dem `accuracy`-Block jedes Szenarios; ändern Sie das Szenario, nicht diese Datei.',
  documentIntro:
    'Worauf jedes Szenario beruht, was es erfindet, damit es sich spielen lässt, was seine Quelle offenlässt und wer was behauptet. Das Spiel zeigt dieselben Hinweise unter „{about}“ (in der Szenarioauswahl, im Menü und in der Nachbesprechung).',
  documentNone: 'Noch kein Szenario hat Hinweise zur Genauigkeit.',
};
