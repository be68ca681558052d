import type { ProblemKeysIn } from '../../../engine/problem-message';

/** A scenario's shape: keys, types, forms and sizes (src/engine/zod-issues-to-errors.ts). */
export const scenarioShape = {
  key: "''{key}''",
  item: 'item {number}',
  unknownKey: "unknown key ''{key}''{hint}",
  allowedHere: '{suggestion} (allowed here: {allowed})',
  missingKey: '{name} is required here but missing',
  // The article follows the type's name, as in "an object", "a string".
  wrongType:
    '{name} should be {expected, select, int {an int} undefined {an undefined} object {an object} array {an array} any {an any} unknown {an unknown} union {an union} intersection {an intersection} enum {an enum} optional {an optional} other {a {expected}}} but is {actual}',
  valueEmpty: 'empty',
  valueList: 'a list',
  valueText: "''{text}''",
  valueMapping: 'a mapping',
  valueNumber: 'number {value}',
  valueBoolean: 'boolean {value}',
  valueOther: '{type}',
  notAnId:
    "{name} is {value}, which is not an id: use lowercase letters and digits joined by single hyphens, like ''car-park''",
  notAVersion: '{name} is {value}; write a version as MAJOR.MINOR.PATCH, like 1.0.0',
  notAChoice:
    '{name} is {value}; name a choice as role.beat.choice, like employee.car-park.plug-in',
  notALanguage:
    "{name} is {value}, which is not in the expected form (a language code like ''en'')",
  tooFewItems: '{name} needs at least {limit} {count, plural, one {item} other {items}}',
  tooManyItems: '{name} needs at most {limit} {count, plural, one {item} other {items}}',
  emptyText: '{name} must not be empty',
  textTooLong: '{name} is too long (at most {limit} characters)',
  atLeast: '{name} must be at least {limit}',
  greaterThan: '{name} must be greater than {limit}',
  atMost: '{name} must be at most {limit}',
  lessThan: '{name} must be less than {limit}',
  notOneOf: '{name} is {value}; it must be one of: {allowed}',
  // Braces are quoted ('{…}'): a condition's forms are written as YAML writes them.
  badCondition:
    "this is not a valid condition: a condition is one of '{fact, is}', '{meter, min, max}', '{chose: role.beat.choice}', '{all: […]}', '{any: […]}', '{not: …}'",
  invalid: '{name}: {detail}',
} as const satisfies Record<ProblemKeysIn<'scenarioShape'>, string>;
