import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { MAX_DEPTH, MAX_FILE_BYTES, scanText, utf8Length } from './check-text-limits';
import { CORE_SCALARS } from './core-scalar';

/** js-yaml with only the YAML 1.2 core scalars, resolved as the yaml package resolves them. */
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [CORE_SCALARS] });
/** Longest implicit key the yaml package accepts (the YAML spec's limit). */
const MAX_KEY = 1024;

/**
 * Reads a scenario file's YAML with js-yaml (several times faster than the yaml package) when the
 * text keeps to the subset both parsers read alike and the result is a mapping within the limits.
 * Returns undefined for anything else (errors, limits, anchors, tags, tabs, keys the two parsers
 * name differently…), so that the caller falls back to the yaml package, which finds and places
 * every error. Never throws.
 */
export function parseYamlQuickly(text: unknown): { data: Record<string, unknown> } | undefined {
  if (typeof text !== 'string' || text.length > MAX_FILE_BYTES) return undefined;
  // ASCII text is as many bytes as characters; count bytes only when there is more than ASCII.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text) && utf8Length(text) > MAX_FILE_BYTES) return undefined;
  const scan = scanText(text);
  if (!scan.plain || scan.depth > MAX_DEPTH) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return plainTree(data) ? { data: data as Record<string, unknown> } : undefined;
}

/**
 * Whether parsed data stays within the depth limit and has only keys the yaml package would name
 * alike: js-yaml names a null key 'null' where the yaml package names it '', and has no limit on
 * the length of a key.
 */
function plainTree(root: object): boolean {
  const stack: unknown[] = [root];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop() as number;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(value)) {
      for (const child of value)
        if (child !== null && typeof child === 'object') {
          stack.push(child);
          depths.push(depth + 1);
        }
      continue;
    }
    for (const key in value as Record<string, unknown>) {
      // js-yaml turns a collection used as a key into text ('[object Object]', 'a,b'); the yaml
      // package refuses such keys, so any of them sends the file to the yaml package.
      if (key === 'null' || key.length > MAX_KEY || key === '[object Object]') return false;
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}
