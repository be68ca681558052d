import { t, type MessageKey } from '../i18n/translate';
import type { Status } from './schema';

/** A status in words: its label, the same word inside a sentence, and what it means. */
export interface StatusWords {
  readonly label: string;
  readonly word: string;
  readonly meaning: string;
}

const KEYS: Record<Status, readonly [label: MessageKey, word: MessageKey, meaning: MessageKey]> = {
  reported: ['statusWords.reportedLabel', 'statusWords.reported', 'statusWords.reportedMeaning'],
  claimed: ['statusWords.claimedLabel', 'statusWords.claimed', 'statusWords.claimedMeaning'],
  alleged: ['statusWords.allegedLabel', 'statusWords.alleged', 'statusWords.allegedMeaning'],
  opinion: ['statusWords.opinionLabel', 'statusWords.opinion', 'statusWords.opinionMeaning'],
  'open-question': [
    'statusWords.openQuestionLabel',
    'statusWords.openQuestion',
    'statusWords.openQuestionMeaning',
  ],
  'what-if': ['statusWords.whatIfLabel', 'statusWords.whatIf', 'statusWords.whatIfMeaning'],
};

/**
 * How sure the source is, in the words the brief gives players, in the current language: each
 * word is looked up when read (never when this module loads, before the page's language is set).
 */
export const statusMeaning = Object.fromEntries(
  Object.entries(KEYS).map(([status, [label, word, meaning]]) => [
    status,
    {
      get label() {
        return t(label);
      },
      get word() {
        return t(word);
      },
      get meaning() {
        return t(meaning);
      },
    },
  ]),
) as Record<Status, StatusWords>;
