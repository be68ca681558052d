import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import {
  MAX_DEPTH,
  MAX_FILE_BYTES,
  dataDepth,
  estimateDepth,
  utf8Length,
} from './check-text-limits';
import type { ScenarioError } from './scenario-error';

/**
 * One file parsed to plain data, with what is needed to find lines again: the yaml package's
 * document and line counter, absent when js-yaml read the file (see parseYamlQuickly).
 */
export interface ParsedFile {
  path: string;
  data: unknown;
  doc?: Document;
  counter?: LineCounter;
}

/** Parses one YAML or JSON file, refusing oversize, overdeep, aliased or malformed text. */
export function parseScenarioFile(
  path: string,
  text: string,
): { ok: true; file: ParsedFile } | { ok: false; errors: ScenarioError[] } {
  const whole = (
    code: string,
    message: string,
    line = 1,
    column = 1,
  ): { ok: false; errors: ScenarioError[] } => ({
    ok: false,
    errors: [{ file: path, path: '', line, column, code, message }],
  });
  if (typeof text !== 'string') return whole('not-text', 'this file is not text');
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES)
    return whole(
      'too-large',
      `this file is ${(bytes / 1048576).toFixed(1)} MB; a scenario file may be at most 2 MB`,
    );
  if (estimateDepth(text) > MAX_DEPTH)
    return whole('too-deep', `this file nests more than ${MAX_DEPTH} levels deep; flatten it`);
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = counter.linePos(e.pos[0]);
        return {
          file: path,
          path: '',
          line: pos.line,
          column: pos.col,
          code: 'syntax',
          message: `this is not valid YAML: ${firstLine(e.message)}`,
        };
      }),
    };
  }
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
    const pos = counter.linePos(offset);
    return whole(
      'alias',
      'anchors and aliases (& and *) are not allowed in scenario files: write the text out',
      pos.line,
      pos.col,
    );
  }
  if (data === null || data === undefined) return whole('empty', 'this file is empty');
  if (typeof data !== 'object' || Array.isArray(data))
    return whole(
      'not-mapping',
      'this file must hold a mapping of keys (like "id: …"), not a single value or a list',
    );
  if (dataDepth(data) > MAX_DEPTH)
    return whole('too-deep', `this file nests more than ${MAX_DEPTH} levels deep; flatten it`);
  return { ok: true, file: { path, doc, counter, data } };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
