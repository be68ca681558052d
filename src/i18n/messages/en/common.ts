/** Words many screens share: buttons, languages, notices. */
export const common = {
  language: 'Language',
  languageChanged: 'The game is now in {language}.',
  dismiss: 'Dismiss',
  minutes: '{count, plural, one {# minute} other {# minutes}}',
  close: 'Close',
} as const;
