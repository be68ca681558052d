import type { z } from './zod';
import {
  AnswerOptionSchema,
  AssessmentSchema,
  JudgementItemSchema,
  KnowledgeItemSchema,
} from './assessment-schema';
import { didYouMean } from './did-you-mean';
import { KEY_ECHO_CHARS, shorten } from './limits';
import {
  BeatSchema,
  CampaignSchema,
  ChoiceSchema,
  DecisionSchema,
  EffectsSchema,
  EndingSchema,
  FactSchema,
  FacilitatorSchema,
  InjectSchema,
  MeterSchema,
  OutcomeSchema,
  RealitySchema,
  RejoinHistorySchema,
  RoleSchema,
  ScenarioSchema,
  SourceSchema,
  WorldSchema,
} from './schema';

/** A problem at a path of the merged document, before it is placed in a file. */
export interface RawError {
  path: (string | number)[];
  code: string;
  message: string;
  atKey?: boolean;
  /** Words added to the message ("; did you mean …"), worked out only if the error is shown. */
  hint?: () => string;
}

type Path = (string | number)[];

const CONDITION_KEYS = ['fact', 'meter', 'chose', 'all', 'any', 'not'] as const;
const CONDITION_HELP =
  'a condition is one of {fact, is}, {meter, min, max}, {chose: role.beat.choice}, {all: […]}, {any: […]}, {not: …}';

// The keys allowed in an object, found by the name of the key that holds it.
const KEYS_BY_PARENT: Record<string, string[]> = {
  '': Object.keys(ScenarioSchema.shape),
  roles: Object.keys(RoleSchema.shape),
  beats: Object.keys(BeatSchema.shape),
  endings: Object.keys(EndingSchema.shape),
  choices: Object.keys(ChoiceSchema.shape),
  decision: Object.keys(DecisionSchema.shape),
  facilitator: Object.keys(FacilitatorSchema.shape),
  outcome: Object.keys(OutcomeSchema.shape),
  reality: Object.keys(RealitySchema.shape),
  injects: Object.keys(InjectSchema.shape),
  rejoinHistory: Object.keys(RejoinHistorySchema.shape),
  effects: Object.keys(EffectsSchema.shape),
  world: Object.keys(WorldSchema.shape),
  meters: Object.keys(MeterSchema.shape),
  facts: Object.keys(FactSchema.shape),
  campaign: Object.keys(CampaignSchema.shape),
  sources: Object.keys(SourceSchema.shape),
  assessment: Object.keys(AssessmentSchema.shape),
  knowledge: Object.keys(KnowledgeItemSchema.shape),
  judgement: Object.keys(JudgementItemSchema.shape),
  options: Object.keys(AnswerOptionSchema.shape),
};

/** Turns zod issues on the merged document into author-readable errors. */
export function zodIssuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  prefix: Path = [],
): RawError[] {
  const out: RawError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as Path)];
    const value = valueAt(data, path);
    const key = path[path.length - 1];
    const name = typeof key === 'string' ? `'${key}'` : `item ${Number(key) + 1}`;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const k of issue.keys) {
          const allowed = allowedKeys(path);
          out.push({
            path: [...path, k],
            code: 'unknown-key',
            message: `unknown key '${shorten(k, KEY_ECHO_CHARS)}'`,
            atKey: true,
            hint: () =>
              allowed ? `${didYouMean(k, allowed)} (allowed here: ${allowed.join(', ')})` : '',
          });
        }
        break;
      case 'invalid_type':
        if (value === undefined) {
          out.push({
            path: path.slice(0, -1),
            code: 'missing-key',
            message: `${name} is required here but missing`,
          });
        } else {
          out.push({
            path,
            code: 'wrong-type',
            message: `${name} should be ${article(issue.expected)} but is ${describe(value)}`,
          });
        }
        break;
      case 'invalid_format':
        out.push({ path, code: 'bad-format', message: formatMessage(name, value, issue.pattern) });
        break;
      case 'too_small':
      case 'too_big':
        out.push({ path, code: 'wrong-size', message: sizeMessage(name, issue) });
        break;
      case 'invalid_value':
        out.push({
          path,
          code: 'bad-value',
          message: `${name} is ${describe(value)}; it must be one of: ${issue.values.map(String).join(', ')}`,
        });
        break;
      case 'invalid_union':
        out.push(...unionErrors(issue, data, path, value));
        break;
      default:
        out.push({ path, code: 'invalid', message: `${name}: ${issue.message}` });
    }
  }
  return out;
}

function unionErrors(
  issue: z.core.$ZodIssueInvalidUnion,
  data: unknown,
  path: Path,
  value: unknown,
): RawError[] {
  const obj =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  const branch = obj ? CONDITION_KEYS.findIndex((k) => k in obj) : -1;
  const chosen = issue.errors[branch];
  if (chosen) return zodIssuesToErrors(chosen, data, path);
  return [
    { path, code: 'bad-condition', message: `this is not a valid condition: ${CONDITION_HELP}` },
  ];
}

function allowedKeys(path: Path): string[] | undefined {
  const parent = [...path].reverse().find((s) => typeof s === 'string') ?? '';
  if (['when', 'requires', 'not', 'all', 'any'].includes(String(parent)))
    return ['fact', 'is', 'meter', 'min', 'max', ...CONDITION_KEYS.slice(2)];
  return KEYS_BY_PARENT[String(parent)];
}

function formatMessage(name: string, value: unknown, pattern: string | undefined): string {
  const shown = describe(value);
  if (pattern?.includes('[a-z0-9]+(-[a-z0-9]+)*')) {
    return `${name} is ${shown}, which is not an id: use lowercase letters and digits joined by single hyphens, like 'car-park'`;
  }
  if (pattern?.includes('\\d+\\.\\d+'))
    return `${name} is ${shown}; write a version as MAJOR.MINOR.PATCH, like 1.0.0`;
  if (pattern?.includes('\\.[a-z0-9-]+\\.'))
    return `${name} is ${shown}; name a choice as role.beat.choice, like employee.car-park.plug-in`;
  return `${name} is ${shown}, which is not in the expected form (a language code like 'en')`;
}

function sizeMessage(
  name: string,
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
): string {
  const small = issue.code === 'too_small';
  const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'array')
    return `${name} needs ${small ? 'at least' : 'at most'} ${n} item${n === 1 ? '' : 's'}`;
  if (issue.origin === 'string')
    return small ? `${name} must not be empty` : `${name} is too long (at most ${n} characters)`;
  const inclusive = issue.inclusive !== false;
  return `${name} must be ${small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than'} ${n}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** A short description of a value for messages ("the number 3", "a list", …). */
export function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 37)}…` : value}'`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return typeof value;
}

/** The value at a path of plain data, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, segment)
      ? (node as Record<string | number, unknown>)[segment]
      : undefined;
  }
  return node;
}
