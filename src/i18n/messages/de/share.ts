import type { Translation } from '../../catalogue';
import type { share as english } from '../en/share';

export const share: Translation<typeof english> = {
  heading: 'Meinen Weg teilen',
  loadedFromFile:
    'Ein Link kann diesen Weg nicht abspielen: Links öffnen nur die Szenarien, die mit Spillage geliefert werden, und dieses wurde aus einer Datei geladen, die andere Geräte nicht haben. Um es zu teilen, senden Sie die Szenario-Datei selbst; wer sie lädt, kann dieselben Entscheidungen spielen.',
  whoSees:
    'Wer diesen Link öffnet (oder den Code scannt), sieht auf einem Gerät mit Spillage Ihren Weg, nur zum Lesen.',
  linkLabel: 'Link zu Ihrem Weg',
  copy: 'Link kopieren',
  copied: 'Link kopiert.',
  copyYourself: 'Markieren Sie den Link und kopieren Sie ihn (Strg+C oder ⌘C).',
  qrLabel: 'QR-Code des Links zu Ihrem Weg',
  reflectionLeftOut:
    'Ihre Reflexion ist nicht im Link (kreuzen Sie „{box}“ an, um sie hinzuzufügen).',
  reflectionShortened:
    'Ihre Reflexion ist länger, als ein Link fassen kann ({bytes} Byte); der Link enthält daher ihre ersten {count} Zeichen und endet mit „…“. Der ganze Text bleibt auf diesem Gerät.',
  reflectionInLink: 'Der Link enthält Ihre Reflexion: Wer ihn öffnet, kann sie lesen.',
};
