/**
 * Turns zod's issues on a record (a save, a session log, the kept room state) into one message
 * that names the field at fault, e.g. "runs[1].log[4].choice must be text". Whatever of the input
 * it repeats (keys, names) is shortened, so a hostile file cannot flood a notice.
 */
import { MAX_CHOICES } from './ids';
import { MAX_ID_CHARS, MAX_VOTES, shorten } from './limits';
import { problem, type ProblemMessage } from './problem-message';
import type { z } from './zod-mini';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];
type Subject = string | ProblemMessage;

/** The first problem, and how many more there are: "plan.mode must be … (and 2 more problems)". */
export function describeProblems(issues: readonly Issue[], data: unknown): ProblemMessage {
  const [first, ...rest] = issues;
  if (!first) return problem('recordProblems.unreadable');
  const described = describeIssue(first, data);
  if (rest.length === 0) return described;
  return problem('recordProblems.andMore', {
    first: described,
    more: String(rest.length),
    count: rest.length,
  });
}

/** One issue as a message naming its place. */
export function describeIssue(issue: Issue, data: unknown): ProblemMessage {
  const path = issue.path;
  const subject: Subject = placeOf(path) || problem('recordProblems.it');
  switch (issue.code) {
    case 'invalid_type':
      if (path.length > 0 && valueAt(data, path) === undefined)
        return problem('recordProblems.missing', {
          key: shorten(String(path.at(-1))),
          where: inPlace(path.slice(0, -1)),
        });
      return problem('recordProblems.mustBeType', { subject, type: issue.expected });
    case 'unrecognized_keys':
      return problem('recordProblems.unexpectedKey', {
        key: shorten(issue.keys[0] ?? ''),
        where: inPlace(path),
      });
    case 'too_big':
      return tooBig(subject, issue, valueAt(data, path));
    case 'too_small':
      return tooSmall(subject, issue);
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined;
      return options
        ? problem('recordProblems.oneOfOptions', { subject, options: options.map(String) })
        : problem('recordProblems.noAllowedForm', { subject });
    }
    case 'invalid_value':
      return problem('recordProblems.mustBe', { subject, values: either(issue.values.map(show)) });
    case 'invalid_key':
      return problem('recordProblems.nameNotAllowed', {
        name: shorten(String(path.at(-1))),
        where: inPlace(path.slice(0, -1)),
      });
    case 'custom':
      return refined(subject, issue.message);
    default:
      return problem('recordProblems.invalid', { subject });
  }
}

/**
 * A schema's own check (`z.refine(…, code)`): the engine's give a message code as their message,
 * worded with the limit they name; any other refine message is repeated as it is.
 */
function refined(subject: Subject, message: string): ProblemMessage {
  switch (message) {
    case 'recordProblems.notAnId':
      return problem(message, { subject, limit: String(MAX_ID_CHARS) });
    case 'recordProblems.notATime':
      return problem(message, { subject });
    case 'recordProblems.notAVoteCount':
      return problem(message, { subject, limit: String(MAX_VOTES) });
    case 'recordProblems.tooManyCounts':
      return problem(message, { subject, limit: String(MAX_CHOICES) });
    default:
      return problem('recordProblems.custom', { subject, detail: message });
  }
}

function tooBig(
  subject: Subject,
  issue: Extract<Issue, { code: 'too_big' }>,
  value: unknown,
): ProblemMessage {
  const limit = String(Number(issue.maximum));
  if (issue.origin === 'string') return problem('recordProblems.longerThan', { subject, limit });
  if (issue.origin === 'array' && Array.isArray(value))
    return problem('recordProblems.tooManyItems', { subject, count: String(value.length), limit });
  return problem('recordProblems.atMost', { subject, limit });
}

function tooSmall(subject: Subject, issue: Extract<Issue, { code: 'too_small' }>): ProblemMessage {
  const min = Number(issue.minimum);
  if (issue.origin === 'string' || issue.origin === 'array')
    return min === 1
      ? problem('recordProblems.notEmpty', { subject })
      : problem('recordProblems.atLeastItems', { subject, limit: String(min) });
  return problem('recordProblems.atLeast', { subject, limit: String(min) });
}

/** "a or b or c", as a chain of messages (each language words its own "or"). */
function either(values: readonly string[]): string | ProblemMessage {
  const [first = '', ...rest] = values;
  return rest.length === 0 ? first : problem('recordProblems.or', { first, rest: either(rest) });
}

/** "runs[1].log[4].choice"; '' for the top level. */
function placeOf(path: Path): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${shorten(String(key))}`,
    )
    .join('');
}

function inPlace(path: Path): ProblemMessage {
  return path.length === 0
    ? problem('recordProblems.atTopLevel')
    : problem('recordProblems.inPlace', { place: placeOf(path) });
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
