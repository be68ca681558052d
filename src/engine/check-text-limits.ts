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
const QUOTE_OPENERS = new Set([' ', '\t', '[', '{', ',', ':', '-', '?', undefined]);

/**
 * An upper estimate of a YAML/JSON text's nesting depth, read line by line without parsing or
 * recursion, so that a hostile file is refused before any recursive parser sees it. Block
 * nesting counts indentation levels and "- " markers; flow nesting counts brackets outside quotes.
 */
export function estimateDepth(text: string): number {
  const lines = text.split(/\r?\n/);
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let blockIndent = -1;
  let max = 0;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (blockIndent >= 0) {
      if (body === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (quote === null && (body === '' || body.startsWith('#'))) continue;
    let depth = 0;
    if (quote === null && flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      indents.push(indent);
      depth = indents.length;
      for (let i = 0; body.startsWith('- ', i) || body.startsWith('? ', i); i += 2) depth++;
    }
    let lineFlow = flow;
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      if (quote !== null) {
        if (ch === '\\' && quote === '"') i++;
        else if (ch === quote) {
          if (quote === "'" && body[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if ((ch === '"' || ch === "'") && QUOTE_OPENERS.has(body[i - 1])) quote = ch;
      else if (ch === '#' && (i === 0 || body[i - 1] === ' ' || body[i - 1] === '\t')) break;
      else if (ch === '[' || ch === '{') lineFlow = Math.max(lineFlow, ++flow);
      else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
    }
    max = Math.max(max, depth + lineFlow);
    if (quote === null && flow === 0 && BLOCK_SCALAR.test(body)) blockIndent = indent;
  }
  return max;
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
