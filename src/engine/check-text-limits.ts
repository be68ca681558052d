/** Largest scenario file accepted, in bytes of UTF-8. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Deepest nesting accepted in a scenario file. */
export const MAX_DEPTH = 64;

/** UTF-8 byte length of a string, counted without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$/;

/** What one pass over a YAML/JSON text finds before any parser sees it. */
export interface TextScan {
  /** An upper estimate of the nesting depth (see estimateDepth). */
  depth: number;
  /**
   * True when the text keeps to the plain subset that both YAML parsers read alike: no tabs,
   * directives, document markers, anchors, aliases, tags, reserved indicators, explicit or
   * collection keys, and no quoted scalar or flow collection spanning lines. A false here only
   * means "let the yaml package read it"; it refuses nothing.
   */
  plain: boolean;
}

// Also a byte-order mark (js-yaml keeps it in the first key) and a sequence item with nothing on
// its line (js-yaml then accepts a less-indented sequence that the yaml package refuses).
const EXOTIC_TEXT = /\t|\r(?!\n)|^(?:%|---|\.\.\.)|\uFEFF|^[ ]*-[ ]*$/m;

/**
 * An upper estimate of a YAML/JSON text's nesting depth, read line by line without parsing or
 * recursion, so that a hostile file is refused before any recursive parser sees it. Block
 * nesting counts indentation levels and "- " markers; flow nesting counts brackets outside quotes.
 */
export function estimateDepth(text: string): number {
  return scanText(text).depth;
}

/** One pass over a text: its estimated depth, and whether it keeps to the plain subset. */
export function scanText(text: string): TextScan {
  // Read by index, without splitting into lines or trimming them: this runs on every file loaded.
  const n = text.length;
  const indents: number[] = [];
  let plain = !EXOTIC_TEXT.test(text);
  let flow = 0;
  let quote = NONE; // the open quote character, or NONE
  let blockIndent = -1;
  let max = 0;
  let nextBar = text.indexOf('|');
  let nextAngle = text.indexOf('>');
  for (let start = 0; start <= n;) {
    // A line runs to the next \n; a \r just before it is not part of the line.
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === CR && end < n) end--;
    let a = start;
    while (a < end && isSpace(text.charCodeAt(a))) a++;
    let z = end;
    while (z > a && isSpace(text.charCodeAt(z - 1))) z--;
    const lineStart = start;
    start = next;
    // The body of the line is text[a, z); its indent, a - lineStart.
    const indent = a - lineStart;
    if (blockIndent >= 0) {
      if (a === z || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (quote === NONE && (a === z || text.charCodeAt(a) === HASH)) continue;
    let depth = 0;
    if (quote === NONE && flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      indents.push(indent);
      depth = indents.length;
      for (let i = a; i + 1 < z && isItemMark(text.charCodeAt(i)); i += 2) {
        if (text.charCodeAt(i + 1) !== SPACE) break;
        depth++;
      }
    } else plain = false; // a quoted scalar or a flow collection spans lines
    let lineFlow = flow;
    for (let i = a; i < z; i++) {
      const ch = text.charCodeAt(i);
      if (ch >= 0x80 || SPECIAL[ch] === 0) continue; // most characters change nothing here
      if (quote !== NONE) {
        if (ch === BACKSLASH && quote === DQUOTE) i++;
        else if (ch === quote) {
          if (quote === SQUOTE && i + 1 < z && text.charCodeAt(i + 1) === SQUOTE) i++;
          else quote = NONE;
        }
        continue;
      }
      const prev = i === a ? -1 : text.charCodeAt(i - 1);
      if ((ch === DQUOTE || ch === SQUOTE) && opensQuote(prev)) quote = ch;
      else if (ch === HASH) {
        if (prev === -1 || prev === SPACE || prev === TAB) break;
        // js-yaml reads `'a'#` or `[a]#` as if the # began a comment; the yaml package refuses it.
        if (prev === DQUOTE || prev === SQUOTE || prev === 0x5d || prev === 0x7d) plain = false;
      } else if (ch === 0x5b || ch === 0x7b) lineFlow = Math.max(lineFlow, ++flow);
      else if (ch === 0x5d || ch === 0x7d) {
        flow = Math.max(0, flow - 1);
        if (plain) {
          let j = i + 1;
          while (j < z && text.charCodeAt(j) === SPACE) j++;
          if (j < z && text.charCodeAt(j) === COLON) plain = false; // a collection as a key
        }
      } else if (plain && isNodeProperty(ch) && startsNode(prev)) plain = false;
    }
    max = Math.max(max, depth + lineFlow);
    if (quote === NONE && flow === 0) {
      if (nextBar >= 0 && nextBar < a) nextBar = text.indexOf('|', a);
      if (nextAngle >= 0 && nextAngle < a) nextAngle = text.indexOf('>', a);
      const indicator = (nextBar >= 0 && nextBar < z) || (nextAngle >= 0 && nextAngle < z);
      if (indicator && BLOCK_SCALAR.test(text.slice(a, z))) blockIndent = indent;
    }
  }
  if (quote !== NONE || flow > 0) plain = false;
  return { depth: max, plain };
}

const [TAB, CR, SPACE, HASH, COLON, BACKSLASH] = [0x09, 0x0d, 0x20, 0x23, 0x3a, 0x5c];
const [DQUOTE, SQUOTE, NONE] = [0x22, 0x27, -1];
/** The ASCII characters the scan acts on: quotes, backslash, #, brackets, & * ! ? @ `. */
const SPECIAL = new Uint8Array(0x80);
for (const c of '"\'\\#[]{}&*!?@`') SPECIAL[c.charCodeAt(0)] = 1;

/** The characters String.prototype.trim removes (no \n: lines never hold one). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** "- " and "? " open a nested block node. */
function isItemMark(c: number): boolean {
  return c === 0x2d || c === 0x3f;
}

/** A quote opens a quoted scalar after these (or at the start of the line: -1). */
function opensQuote(prev: number): boolean {
  return (
    prev === -1 ||
    prev === SPACE ||
    prev === TAB ||
    prev === 0x5b ||
    prev === 0x7b ||
    prev === 0x2c ||
    prev === COLON ||
    prev === 0x2d ||
    prev === 0x3f
  );
}

/** Anchors, aliases, tags, explicit keys and reserved indicators: & * ! ? @ `. */
function isNodeProperty(c: number): boolean {
  return c === 0x26 || c === 0x2a || c === 0x21 || c === 0x3f || c === 0x40 || c === 0x60;
}

/** Where a node can start: the start of a line, after a space, [ { , or :. */
function startsNode(prev: number): boolean {
  return (
    prev === -1 ||
    prev === SPACE ||
    prev === 0x5b ||
    prev === 0x7b ||
    prev === 0x2c ||
    prev === COLON
  );
}

/** The depth of parsed data, measured with an explicit stack (no recursion). */
export function dataDepth(data: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    max = Math.max(max, depth);
    if (depth > MAX_DEPTH) return depth;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return max;
}
