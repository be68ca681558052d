import type { CST } from 'yaml';
import { problem, type ProblemMessage } from './problem-message';

/** Largest scenario file accepted, in bytes of UTF-8. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of mappings and lists accepted in a scenario file (YAML and JSON alike). */
export const MAX_DEPTH = 64;
/**
 * Most beats and endings a scenario may have, all roles together. The game builds one state of
 * its scenario machine for each, on the page's main thread in one go (about 0.1 ms apiece), so a
 * bound keeps that under a tenth of a second; the shipped scenarios have about 60.
 */
export const MAX_BEATS = 1000;

/** Why a file of `bytes` bytes is refused, its size in MB to one decimal (as toFixed(1) rounds). */
export function fileTooLarge(bytes: number): ProblemMessage {
  return problem('scenarioFile.tooLarge', { megabytes: Math.round((bytes / 1048576) * 10) / 10 });
}

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

/**
 * How deeply the yaml package's syntax tree nests mappings and lists, measured with an explicit
 * stack and stopping past MAX_DEPTH: the composer that turns the tree into data recurses, so a
 * hostile file is refused here, before it runs. Block and flow collections count alike, so a
 * scenario has the same depth as YAML and as JSON.
 */
export function syntaxDepth(tokens: readonly CST.Token[]): number {
  let max = 0;
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | null | undefined, number];
    if (!token) continue;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      max = Math.max(max, depth + 1);
      if (max > MAX_DEPTH) return max;
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return max;
}
