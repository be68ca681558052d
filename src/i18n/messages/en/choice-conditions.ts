/** A choice's condition in words, as the printed pack shows it (src/facilitation/choice-lines.ts). */
export const choiceConditions = {
  notSo: 'not so: {fact}',
  atLeast: '{meter} at least {min}',
  atMost: '{meter} at most {max}',
  between: '{meter} at least {min} and at most {max}',
  roomChose: 'the room chose “{choice}”',
  and: '{first}; and {next}',
  or: '{first}; or {next}',
  either: 'either {conditions}',
  not: 'not ({condition})',
} as const;
