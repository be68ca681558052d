/** Captions for every sound (src/audio/sound-catalogue.ts), shown whether or not sound is on. */
export const sounds = {
  ambientHome: 'Ambient sound: a quiet room, a computer fan',
  ambientLab: 'Ambient sound: server room hum and soft clicks',
  ambientOffice: 'Ambient sound: muffled air conditioning',
  ambientField: 'Ambient sound: a low drone and rain',
  select: 'Soft tick',
  confirm: 'Confirmation chime',
  alert: 'Alert tone',
  teleprinter: 'Teleprinter chatter',
} as const;
