import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A string in the code that reads like words a person is meant to see. */
export interface HardCodedString {
  file: string;
  line: number;
  text: string;
}

/** Calls whose string arguments are names for machines (selectors, events, tags, attributes, logs). */
const MACHINE_CALLS = new Set([
  't',
  'translate',
  'querySelector',
  'querySelectorAll',
  'getElementById',
  'requireElement',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'toggleAttribute',
  'createElement',
  'closest',
  'matches',
  'matchMedia',
  'add',
  'remove',
  'toggle',
  'contains',
  'mark',
  'measure',
  'getEntriesByName',
  'postMessage',
  'Error',
  'TypeError',
  'RangeError',
  'debug',
  'log',
  'warn',
  'error',
  'info',
  'readStored',
  'writeStored',
  'removeStored',
  'getItem',
  'setItem',
  'removeItem',
  'import',
  'require',
  'fetch',
  'send',
  'onMessage',
  'replaceState',
  'pushState',
  'open',
  'get',
  'set',
  'has',
  'startsWith',
  'endsWith',
  'includes',
  'split',
  'join',
  'replace',
  'replaceAll',
  'indexOf',
  'test',
  'exec',
  'match',
  'RegExp',
  'Blob',
  'File',
  'URL',
  'URLSearchParams',
  'CustomEvent',
  'Event',
  'download',
]);

/** Object keys and attribute names whose values are for machines, not people. */
const MACHINE_KEYS = new Set([
  'className',
  'class',
  'id',
  'type',
  'role',
  'name',
  'for',
  'href',
  'src',
  'rel',
  'key',
  'code',
  'kind',
  'lang',
  'value',
  'accept',
  'autocomplete',
  'inputmode',
  'pattern',
  'method',
  'mimeType',
  'mediaType',
  'filename',
  'fileName',
  'selector',
  'dataset',
  'target',
  'event',
  'screen',
  'stage',
  'setting',
  'sound',
  'cue',
  'state',
  'mode',
  'status',
  'step',
]);

/** Attributes whose values a person reads or hears. */
const PERSON_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
  'content',
]);

/** Reads like words for a person: two words, or one capitalised word ("Menu", "Start"). */
function looksLikeWords(text: string): boolean {
  const trimmed = text.trim();
  if (/[A-Za-z]{2,}[,;:.!?'’]*\s+[A-Za-z’']{2,}/.test(trimmed) && /\s/.test(trimmed)) {
    // CSS class lists, selectors and paths are words for machines.
    if (/^[a-z0-9-]+(\s+[a-z0-9-]+)*$/.test(trimmed)) return false;
    if (/^[#.[]|[{}=>]|^\w+\(/.test(trimmed)) return false;
    return true;
  }
  return /^[A-Z][a-z]{2,}[.!?:…]?$/.test(trimmed);
}

function callName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return 'import';
  return '';
}

/** Is this string a name for a machine by where it stands? */
function machineContext(node: ts.Node): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  // Climb through expressions that only combine strings (a ? 'x' : 'y', 'a' + b, (…), `…${x}…`).
  while (
    parent &&
    (ts.isConditionalExpression(parent) ||
      ts.isParenthesizedExpression(parent) ||
      ts.isTemplateSpan(parent) ||
      ts.isTemplateExpression(parent) ||
      (ts.isBinaryExpression(parent) &&
        (parent.operatorToken.kind === ts.SyntaxKind.PlusToken ||
          parent.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
          parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)))
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  if (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isImportTypeNode(parent) ||
    ts.isExternalModuleReference(parent)
  )
    return true;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && child !== parent.expression) {
    const name = callName(parent);
    if (name === 'setAttribute') {
      const attribute = parent.arguments?.[0];
      return (
        parent.arguments?.[0] === child ||
        !(attribute && ts.isStringLiteral(attribute) && PERSON_ATTRIBUTES.has(attribute.text))
      );
    }
    return MACHINE_CALLS.has(name) || (name === 'el' && parent.arguments?.[0] === child);
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
    const key = parent.name.getText().replace(/^['"]|['"]$/g, '');
    return MACHINE_KEYS.has(key) || key.startsWith('data-');
  }
  if (ts.isPropertyAssignment(parent) && parent.name === child) return true;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const target = parent.left;
    const name = ts.isPropertyAccessExpression(target) ? target.name.text : '';
    if (
      ts.isPropertyAccessExpression(target) &&
      ts.isPropertyAccessExpression(target.expression) &&
      target.expression.name.text === 'dataset'
    )
      return true;
    return MACHINE_KEYS.has(name);
  }
  if (
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      parent.operatorToken.kind,
    )
  )
    return true;
  if (ts.isCaseClause(parent) || ts.isElementAccessExpression(parent)) return true;
  return false;
}

/** Every user-facing-looking string in one TypeScript file. */
export function hardCodedStringsIn(file: string, text: string): HardCodedString[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: HardCodedString[] = [];
  const lines = text.split('\n');
  const visit = (node: ts.Node): void => {
    const pieces: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      pieces.push(node.text);
    if (ts.isTemplateExpression(node))
      pieces.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    const words = pieces.find(looksLikeWords);
    if (words !== undefined && !machineContext(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
      // An exception is marked where it stands, with the reason: `// not-translated: …`.
      const marked = [lines[line], lines[line - 1]].some((l) => l?.includes('not-translated:'));
      if (!marked) found.push({ file, line: line + 1, text: words.trim().slice(0, 80) });
    }
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every such string under the given folders (TypeScript files, declaration files aside). */
export function findHardCodedStrings(root: string, folders: readonly string[]): HardCodedString[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
    });
  return folders
    .flatMap((folder) => files(join(root, folder)))
    .flatMap((path) => hardCodedStringsIn(relative(root, path), readFileSync(path, 'utf8')));
}

// `npx tsx tests/i18n/find-hard-coded-strings.ts src/ui/menu.ts src/join` lists what is left.
if (process.argv[1]?.endsWith('find-hard-coded-strings.ts')) {
  const targets = process.argv.slice(2);
  const found = targets.flatMap((target) =>
    statSync(target).isDirectory()
      ? findHardCodedStrings(process.cwd(), [target])
      : hardCodedStringsIn(target, readFileSync(target, 'utf8')),
  );
  for (const f of found) console.log(`${f.file}:${f.line}  ${f.text}`);
  console.log(`${found.length} hard-coded strings`);
}
