/**
 * Turns zod's issues on a record (a save, a session log, the kept room state) into one plain
 * sentence that names the field at fault, e.g. "runs[1].log[4].choice must be text". Whatever of
 * the input it repeats (keys, names) is shortened, so a hostile file cannot flood a notice.
 */
import { shorten } from './limits';
import type { z } from './zod-mini';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** The first problem, and how many more there are: "plan.mode must be … (and 2 more problems)". */
export function describeProblems(issues: readonly Issue[], data: unknown): string {
  const [first, ...rest] = issues;
  if (!first) return 'it could not be read';
  const more =
    rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})`;
  return describeIssue(first, data) + more;
}

/** One issue as a sentence naming its place. */
export function describeIssue(issue: Issue, data: unknown): string {
  const path = issue.path;
  const subject = placeOf(path) || 'it';
  switch (issue.code) {
    case 'invalid_type':
      if (path.length > 0 && valueAt(data, path) === undefined)
        return `'${shorten(String(path.at(-1)))}' is missing ${inPlace(path.slice(0, -1))}`;
      return `${subject} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `unexpected key '${shorten(issue.keys[0] ?? '')}' ${inPlace(path)}`;
    case 'too_big':
      return `${subject} ${tooBig(issue, valueAt(data, path))}`;
    case 'too_small':
      return `${subject} ${tooSmall(issue)}`;
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      return options
        ? `${subject} must be one of ${options.map(String).join(', ')}`
        : `${subject} is not in any of the allowed forms`;
    }
    case 'invalid_value':
      return `${subject} must be ${issue.values.map(show).join(' or ')}`;
    case 'invalid_key':
      return `the name '${shorten(String(path.at(-1)))}' ${inPlace(path.slice(0, -1))} is not allowed there`;
    case 'custom':
      return `${subject} ${issue.message}`;
    default:
      return `${subject} is not valid`;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `is longer than ${max} characters`;
  if (issue.origin === 'array' && Array.isArray(value))
    return `has ${value.length} items; at most ${max} are allowed`;
  return `must be at most ${max}`;
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string' || issue.origin === 'array')
    return min === 1 ? 'must not be empty' : `must have at least ${min} items`;
  return `must be at least ${min}`;
}

/** "runs[1].log[4].choice"; '' for the top level. */
function placeOf(path: Path): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${shorten(String(key))}`,
    )
    .join('');
}

function inPlace(path: Path): string {
  return path.length === 0 ? 'at the top level' : `in ${placeOf(path)}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${shorten(value)}'` : String(value);
}

function valueAt(data: unknown, path: Path): unknown {
  let at = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
