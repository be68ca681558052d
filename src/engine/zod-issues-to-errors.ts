import type { z } from './zod';
import {
  AnswerOptionSchema,
  AssessmentSchema,
  JudgementItemSchema,
  KnowledgeItemSchema,
} from './assessment-schema';
import { didYouMean } from './did-you-mean';
import { KEY_ECHO_CHARS, shorten } from './limits';
import { problem, type Hint, type ProblemMessage } from './problem-message';
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
  /** A message whose `hint` parameter (if it has one) is '' until `hint` fills it. */
  message: ProblemMessage;
  atKey?: boolean;
  /** Words added to the message ("; did you mean …"), worked out only if the error is shown. */
  hint?: () => Hint;
}

type Path = (string | number)[];

const CONDITION_KEYS = ['fact', 'meter', 'chose', 'all', 'any', 'not'] as const;

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
    const name =
      typeof key === 'string'
        ? problem('scenarioShape.key', { key })
        : problem('scenarioShape.item', { number: String(Number(key) + 1) });
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const k of issue.keys) {
          const allowed = allowedKeys(path);
          out.push({
            path: [...path, k],
            code: 'unknown-key',
            message: problem('scenarioShape.unknownKey', {
              key: shorten(k, KEY_ECHO_CHARS),
              hint: '',
            }),
            atKey: true,
            hint: () =>
              allowed
                ? problem('scenarioShape.allowedHere', {
                    suggestion: didYouMean(k, allowed),
                    allowed,
                  })
                : '',
          });
        }
        break;
      case 'invalid_type':
        if (value === undefined) {
          out.push({
            path: path.slice(0, -1),
            code: 'missing-key',
            message: problem('scenarioShape.missingKey', { name }),
          });
        } else {
          out.push({
            path,
            code: 'wrong-type',
            message: problem('scenarioShape.wrongType', {
              name,
              expected: issue.expected,
              actual: describe(value),
            }),
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
          message: problem('scenarioShape.notOneOf', {
            name,
            value: describe(value),
            allowed: issue.values.map(String),
          }),
        });
        break;
      case 'invalid_union':
        out.push(...unionErrors(issue, data, path, value));
        break;
      default:
        out.push({
          path,
          code: 'invalid',
          message: problem('scenarioShape.invalid', { name, detail: issue.message }),
        });
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
  return [{ path, code: 'bad-condition', message: problem('scenarioShape.badCondition') }];
}

function allowedKeys(path: Path): string[] | undefined {
  const parent = [...path].reverse().find((s) => typeof s === 'string') ?? '';
  if (['when', 'requires', 'not', 'all', 'any'].includes(String(parent)))
    return ['fact', 'is', 'meter', 'min', 'max', ...CONDITION_KEYS.slice(2)];
  return KEYS_BY_PARENT[String(parent)];
}

/** The form a value failed, told by the pattern it had to match. */
function formatMessage(
  name: ProblemMessage,
  value: unknown,
  pattern: string | undefined,
): ProblemMessage {
  const shown = describe(value);
  const form = pattern?.includes('[a-z0-9]+(-[a-z0-9]+)*')
    ? 'scenarioShape.notAnId'
    : pattern?.includes('\\d+\\.\\d+')
      ? 'scenarioShape.notAVersion'
      : pattern?.includes('\\.[a-z0-9-]+\\.')
        ? 'scenarioShape.notAChoice'
        : 'scenarioShape.notALanguage';
  return problem(form, { name, value: shown });
}

function sizeMessage(
  name: ProblemMessage,
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
): ProblemMessage {
  const small = issue.code === 'too_small';
  const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const limit = String(n);
  if (issue.origin === 'array')
    return problem(small ? 'scenarioShape.tooFewItems' : 'scenarioShape.tooManyItems', {
      name,
      limit,
      count: n,
    });
  if (issue.origin === 'string')
    return small
      ? problem('scenarioShape.emptyText', { name })
      : problem('scenarioShape.textTooLong', { name, limit });
  const inclusive = issue.inclusive !== false;
  const bound = small
    ? inclusive
      ? 'scenarioShape.atLeast'
      : 'scenarioShape.greaterThan'
    : inclusive
      ? 'scenarioShape.atMost'
      : 'scenarioShape.lessThan';
  return problem(bound, { name, limit });
}

/** A short description of a value for messages ("number 3", "a list", …). */
export function describe(value: unknown): ProblemMessage {
  if (value === null) return problem('scenarioShape.valueEmpty');
  if (Array.isArray(value)) return problem('scenarioShape.valueList');
  if (typeof value === 'string')
    return problem('scenarioShape.valueText', {
      text: value.length > 40 ? `${value.slice(0, 37)}…` : value,
    });
  if (typeof value === 'object') return problem('scenarioShape.valueMapping');
  if (typeof value === 'number')
    return problem('scenarioShape.valueNumber', { value: String(value) });
  if (typeof value === 'boolean')
    return problem('scenarioShape.valueBoolean', { value: String(value) });
  return problem('scenarioShape.valueOther', { type: typeof value });
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
