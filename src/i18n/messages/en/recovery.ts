/** The recovery dialog for what nothing else handled (src/ui/safety-net.ts), and shortened echoes. */
export const recovery = {
  heading: 'Something went wrong',
  storageFull: 'The browser’s storage is full, so something could not be kept.',
  storageRefused:
    'The browser refused the game access to its storage (a private window or strict privacy settings can do this).',
  addressDamaged: 'The address of this page is damaged and could not be read.',
  dataDamaged: 'Some data the game read was damaged or not in the form it expects.',
  unexpected: 'Part of the game stopped because of a problem it did not expect.',
  nothingDeleted:
    'Nothing has been deleted: your saved progress, your settings and any session kept in this browser are safe. You can go on where you were, or start again from the title.',
  browserReported: 'What the browser reported',
  happenedTimes:
    'This has happened {count, plural, one {# time} other {# times}} since the page opened.',
  goOn: 'Go on where I was',
  restart: 'Start again from the title',
  /** Echoed text cut short (src/ui/shorten-text.ts): its start, and how long it was. */
  shortened: '{start}… ({count, plural, one {# character} other {# characters}})',
} as const;
