import { Composer, Lexer, LineCounter, Parser, visit, type CST, type Document } from 'yaml';
import {
  fileTooLarge,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  syntaxDepth,
  utf8Length,
} from './check-text-limits';
import { findDuplicateKeys } from './find-duplicate-keys';
import { KEY_ECHO_CHARS, shorten } from './limits';
import { problem, type ProblemMessage } from './problem-message';
import type { ScenarioError } from './scenario-error';

/** One file parsed to plain data, with the yaml package's document and line counter to place errors. */
export interface ParsedFile {
  path: string;
  data: unknown;
  doc: Document;
  counter: LineCounter;
}

type Refusal = { ok: false; errors: ScenarioError[] };
/** What parsing one file gives: the file, or why it is refused. */
export type ParseResult = { ok: true; file: ParsedFile } | Refusal;

/** Lexical tokens read between two reports of progress. */
const TOKENS_PER_STEP = 4096;

/** Parses one YAML or JSON file at once (see parseScenarioFileSteps). */
export function parseScenarioFile(path: string, text: string): ParseResult {
  const steps = parseScenarioFileSteps(path, text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Parses one YAML or JSON file with the yaml package (JSON is YAML), refusing oversize, overdeep,
 * aliased, repeated-key or malformed text. Every step is linear in the size of the text. Yields
 * how many characters it has read so far, every few thousand tokens, so that a caller can show
 * progress or let other work run in between.
 */
export function* parseScenarioFileSteps(
  path: string,
  text: string,
): Generator<number, ParseResult, void> {
  const counter = new LineCounter();
  const at = (offset: number, code: string, message: ProblemMessage): ScenarioError => {
    const pos = counter.linePos(offset);
    const line = Math.max(1, pos.line);
    return { file: path, path: '', line, column: Math.max(1, pos.col), code, message };
  };
  const whole = (code: string, message: ProblemMessage, offset = 0): Refusal => ({
    ok: false,
    errors: [at(offset, code, message)],
  });
  if (typeof text !== 'string') return whole('not-text', problem('scenarioFile.notText'));
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) return whole('too-large', fileTooLarge(bytes));
  // The parser builds its syntax tree with its own stack (one entry per open collection, beside
  // the document and a scalar), and works harder per token the deeper that stack is: reading stops
  // as soon as it is too deep. The composer after it recurses, so the whole tree is measured too.
  const tooDeep = whole('too-deep', problem('scenarioFile.tooDeep', { depth: MAX_DEPTH }));
  const tokens: CST.Token[] = [];
  const parser = new Parser(counter.addNewLine);
  counter.addNewLine(0);
  let read = 0;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_DEPTH + 2) return tooDeep;
    if (++read % TOKENS_PER_STEP === 0) yield parser.offset;
  }
  for (const token of parser.end()) tokens.push(token);
  if (syntaxDepth(tokens) > MAX_DEPTH) return tooDeep;
  const composer = new Composer({ uniqueKeys: false, strict: true, prettyErrors: false });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0] as Document;
  const syntax = doc.errors.map((e) =>
    at(e.pos[0], 'syntax', problem('scenarioFile.syntax', { detail: firstLine(e.message) })),
  );
  if (docs.length > 1)
    syntax.push(
      at((docs[1] as Document).range?.[0] ?? 0, 'syntax', problem('scenarioFile.secondDocument')),
    );
  if (syntax.length > 0) return { ok: false, errors: syntax };
  const repeated = findDuplicateKeys(doc);
  if (repeated.length > 0)
    return {
      ok: false,
      errors: repeated.map((d) =>
        at(
          d.offset,
          'duplicate-key',
          problem('scenarioFile.duplicateKey', { key: shorten(d.key, KEY_ECHO_CHARS) }),
        ),
      ),
    };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return whole('alias', problem('scenarioFile.alias'), offset);
  }
  if (data === null || data === undefined) return whole('empty', problem('scenarioFile.empty'));
  if (typeof data !== 'object' || Array.isArray(data))
    return whole('not-mapping', problem('scenarioFile.notMapping'));
  return { ok: true, file: { path, doc, counter, data } };
}

/** The yaml package's own words for a syntax error, without the place (the error gives it). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
