/**
 * What the engine says instead of sentences: a message code and its parameters (ids, numbers,
 * file and key names, the offending value shortened). src/i18n/problem-words.ts words a message
 * in a language; the engine itself never builds prose, so every language gets the same facts.
 */
import type { ProblemParamsByCode } from './problem-codes';
import { shortenRuns } from './limits';

/** Every code the engine can say; each is `area.key` of a message catalogue (src/i18n/messages). */
export type ProblemCode = keyof ProblemParamsByCode;

/** One message: its code and the parameters its words take. Plain data (it crosses to a worker). */
export type ProblemMessage = {
  [Code in ProblemCode]: { readonly code: Code; readonly params: ProblemParamsByCode[Code] };
}[ProblemCode];

/** The messages of one catalogue area (e.g. the descriptions of a scenario's parts). */
export type ProblemIn<Area extends string> = Extract<ProblemMessage, { code: `${Area}.${string}` }>;

/** The keys of one catalogue area, as its English catalogue must spell them. */
export type ProblemKeysIn<Area extends string> = ProblemCode extends infer Code
  ? Code extends `${Area}.${infer Key}`
    ? Key
    : never
  : never;

/** A value a message carries: a word or number, ids listed, or a message worded in its place. */
export type ProblemParam = string | number | readonly string[] | ProblemMessage;

/** Words added to a message ("; did you mean 'x'?"), or '' for none. */
export type Hint = ProblemMessage | '';

/** A code with no parameters. */
export type NoParams = Readonly<Record<never, ProblemParam>>;

type ParamsArgument<Code extends ProblemCode> = NoParams extends ProblemParamsByCode[Code]
  ? [params?: ProblemParamsByCode[Code]]
  : [params: ProblemParamsByCode[Code]];

/** The message `code` with its parameters, checked against the code by the compiler. */
export function problem<Code extends ProblemCode>(
  code: Code,
  ...[params]: ParamsArgument<Code>
): Extract<ProblemMessage, { code: Code }> {
  return { code, params: params ?? {} } as Extract<ProblemMessage, { code: Code }>;
}

/** `message` with some parameters replaced (a hint worked out late, a value shortened). */
export function withParams(
  message: ProblemMessage,
  params: Readonly<Record<string, ProblemParam>>,
): ProblemMessage {
  return { code: message.code, params: { ...message.params, ...params } } as ProblemMessage;
}

/** Is `value` a message (rather than a word, a number or a list)? */
export function isProblemMessage(value: ProblemParam): value is ProblemMessage {
  return typeof value === 'object' && !Array.isArray(value);
}

/**
 * `message` with every unbroken run over MAX_ID_CHARS in its words and ids cut (shortenRuns), at
 * every depth, so that a message never carries a megabyte of the input back.
 */
export function shortenMessage(message: ProblemMessage): ProblemMessage {
  const params: Record<string, ProblemParam> = {};
  for (const [name, value] of Object.entries(message.params as Record<string, ProblemParam>))
    params[name] = shortenParam(value);
  return withParams(message, params);
}

function shortenParam(value: ProblemParam): ProblemParam {
  if (typeof value === 'string') return shortenRuns(value);
  if (typeof value === 'number') return value;
  if (isProblemMessage(value)) return shortenMessage(value);
  return value.map((item) => shortenRuns(item));
}
