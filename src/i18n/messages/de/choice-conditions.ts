import type { Translation } from '../../catalogue';
import type { choiceConditions as english } from '../en/choice-conditions';

export const choiceConditions: Translation<typeof english> = {
  notSo: 'nicht der Fall: {fact}',
  atLeast: '{meter} mindestens {min}',
  atMost: '{meter} höchstens {max}',
  between: '{meter} mindestens {min} und höchstens {max}',
  roomChose: 'die Gruppe wählte „{choice}“',
  and: '{first}; und {next}',
  or: '{first}; oder {next}',
  either: 'entweder {conditions}',
  not: 'nicht ({condition})',
};
