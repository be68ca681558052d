/** Words many screens share: buttons, languages, notices. */
export const common = {
  language: 'Language',
  dismiss: 'Dismiss',
  minutes: '{count, plural, one {# minute} other {# minutes}}',
  close: 'Close',
} as const;
