import type { Translation } from '../../catalogue';
import type { common as english } from '../en/common';

export const common: Translation<typeof english> = {
  language: 'Sprache',
  dismiss: 'Schließen',
  minutes: '{count, plural, one {# Minute} other {# Minuten}}',
  close: 'Schließen',
};
