import { Composer, Lexer, LineCounter, Parser, visit, type CST, type Document } from 'yaml';
import { MAX_DEPTH, MAX_FILE_BYTES, syntaxDepth, utf8Length } from './check-text-limits';
import { findDuplicateKeys } from './find-duplicate-keys';
import { KEY_ECHO_CHARS, shorten } from './limits';
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
  const at = (offset: number, code: string, message: string): ScenarioError => {
    const pos = counter.linePos(offset);
    const line = Math.max(1, pos.line);
    return { file: path, path: '', line, column: Math.max(1, pos.col), code, message };
  };
  const whole = (code: string, message: string, offset = 0): Refusal => ({
    ok: false,
    errors: [at(offset, code, message)],
  });
  if (typeof text !== 'string') return whole('not-text', 'this file is not text');
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES)
    return whole(
      'too-large',
      `this file is ${(bytes / 1048576).toFixed(1)} MB; a scenario file may be at most 2 MB`,
    );
  // The parser builds its syntax tree with its own stack (one entry per open collection, beside
  // the document and a scalar), and works harder per token the deeper that stack is: reading stops
  // as soon as it is too deep. The composer after it recurses, so the whole tree is measured too.
  const tooDeep = whole(
    'too-deep',
    `this file nests more than ${MAX_DEPTH} levels deep; flatten it`,
  );
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
    at(e.pos[0], 'syntax', `this is not valid YAML: ${firstLine(e.message)}`),
  );
  if (docs.length > 1)
    syntax.push(
      at(
        (docs[1] as Document).range?.[0] ?? 0,
        'syntax',
        'this is not valid YAML: a scenario file holds one document (no second "---")',
      ),
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
          `the key '${shorten(d.key, KEY_ECHO_CHARS)}' is written twice in this mapping; keep one`,
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
    return whole(
      'alias',
      'anchors and aliases (& and *) are not allowed in scenario files: write the text out',
      offset,
    );
  }
  if (data === null || data === undefined) return whole('empty', 'this file is empty');
  if (typeof data !== 'object' || Array.isArray(data))
    return whole(
      'not-mapping',
      'this file must hold a mapping of keys (like "id: …"), not a single value or a list',
    );
  return { ok: true, file: { path, doc, counter, data } };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
