import type { ProblemKeysIn } from '../../../engine/problem-message';

/** A kept record that does not read back: a save, a session log, the room's state (src/engine/describe-problems.ts). */
export const recordProblems = {
  unreadable: 'it could not be read',
  andMore: '{first} (and {more} more {count, plural, one {problem} other {problems}})',
  it: 'it',
  atTopLevel: 'at the top level',
  inPlace: 'in {place}',
  missing: "''{key}'' is missing {where}",
  mustBeType:
    '{subject} must be {type, select, string {text} number {a number} int {a whole number} boolean {true or false} array {a list} object {an object} record {an object} null {null} other {{type}}}',
  unexpectedKey: "unexpected key ''{key}'' {where}",
  longerThan: '{subject} is longer than {limit} characters',
  tooManyItems: '{subject} has {count} items; at most {limit} are allowed',
  atMost: '{subject} must be at most {limit}',
  notEmpty: '{subject} must not be empty',
  atLeastItems: '{subject} must have at least {limit} items',
  atLeast: '{subject} must be at least {limit}',
  oneOfOptions: '{subject} must be one of {options}',
  noAllowedForm: '{subject} is not in any of the allowed forms',
  mustBe: '{subject} must be {values}',
  or: '{first} or {rest}',
  nameNotAllowed: "the name ''{name}'' {where} is not allowed there",
  notAnId:
    '{subject} must be an id: lowercase letters and digits joined by hyphens, at most {limit} characters',
  notATime: '{subject} must be a time in whole milliseconds, from 0 up to the year 2200',
  notAVoteCount: '{subject} must be a whole number of votes from 0 to {limit}',
  tooManyCounts: '{subject} counts more choices than a decision can offer ({limit})',
  custom: '{subject} {detail}',
  invalid: '{subject} is not valid',
} as const satisfies Record<ProblemKeysIn<'recordProblems'>, string>;
